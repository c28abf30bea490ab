import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { FuseOptionsV1 } from 'app-builder-lib';
import { describe, expect, it } from 'vitest';

// js-yaml 4 comes with electron-builder (app-builder-lib parses its config with it); it has no bundled types.
const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Typed by electron-builder's own FuseOptionsV1, so a misspelt key fails the typecheck, not just this test. */
const REQUIRED_FUSES: Required<Omit<FuseOptionsV1, 'loadBrowserProcessSpecificV8Snapshot' | 'resetAdHocDarwinSignature'>> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

async function builderConfig(): Promise<Record<string, unknown>> {
  const config = load(await readFile(`${repoRoot}electron-builder.yml`, 'utf8'));
  expect(config).toBeTypeOf('object');
  return config as Record<string, unknown>;
}

describe('electron-builder.yml', () => {
  it('flips the Electron fuses that close code-injection doors', async () => {
    expect((await builderConfig()).electronFuses).toStrictEqual(REQUIRED_FUSES);
  });

  it('packs the app into an asar archive, which onlyLoadAppFromAsar and the integrity check need', async () => {
    const config = await builderConfig();
    expect(config.asar === undefined || config.asar === true).toBe(true);
    expect(config.extraMetadata).toMatchObject({ main: 'dist/electron/main.cjs' });
  });

  it('ships no source maps and no test folders', async () => {
    expect((await builderConfig()).files).toEqual(expect.arrayContaining(['!dist/**/*.map']));
  });

  it('builds on a supported Electron (39 or later), pinned in package.json', async () => {
    const pkg = JSON.parse(await readFile(`${repoRoot}package.json`, 'utf8')) as { devDependencies: Record<string, string> };
    const major = Number(/(\d+)/.exec(pkg.devDependencies.electron ?? '')?.[1]);
    expect(major).toBeGreaterThanOrEqual(39);
  });
});
