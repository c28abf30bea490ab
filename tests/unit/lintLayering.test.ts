import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function restrictedImportMessages(filePath: string, source: string): Promise<string[]> {
  // The probe files do not exist on disk, so type-aware rules are switched off; the layering rule needs no types.
  const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });
  const [result] = await eslint.lintText(source, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint keeps the layers apart', () => {
  it('forbids shared/ from importing node:*, electron, electron/ or renderer/', async () => {
    const messages = await restrictedImportMessages(
      'shared/story/layeringProbe.ts',
      [
        "import { readFileSync } from 'node:fs';",
        "import { app } from 'electron';",
        "import { atomicWriteFile } from '../../electron/core/atomicWriteFile.ts';",
        "import { api } from '../../renderer/api/client.ts';",
        'export const probe = [readFileSync, app, atomicWriteFile, api];',
      ].join('\n'),
    );
    expect(messages.some((m) => m.includes('node:*'))).toBe(true);
    expect(messages.some((m) => m.includes("'electron'"))).toBe(true);
    expect(messages.some((m) => m.includes('atomicWriteFile'))).toBe(true);
    expect(messages.some((m) => m.includes('renderer/api/client'))).toBe(true);
  }, 60_000);

  it('forbids electron/core from importing electron', async () => {
    const messages = await restrictedImportMessages('electron/core/layeringProbe.ts', "import { app } from 'electron';\nexport const probe = app;\n");
    expect(messages.join('\n')).toContain('Node-only');
  }, 60_000);

  it('lets shared/ import zod and its own modules', async () => {
    const messages = await restrictedImportMessages(
      'shared/story/layeringProbe.ts',
      "import { z } from 'zod';\nimport { slugify } from './slugify.ts';\nexport const probe = [z, slugify];\n",
    );
    expect(messages).toEqual([]);
  }, 60_000);
});
