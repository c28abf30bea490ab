import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsStore } from './SettingsStore.ts';

let root: string;
let file: string;
const defaults = { defaultExportDir: '/home/ana/Documents/Newsdesk Exports' };

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'nd-'));
  file = path.join(root, 'data', 'settings.json');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(root, { recursive: true, force: true });
});

describe('SettingsStore', () => {
  it('gives defaults without a file, and saves updates atomically as JSON', async () => {
    const store = new SettingsStore({ settingsFile: file, ...defaults });
    expect(await store.get()).toEqual({ exportDir: defaults.defaultExportDir, defaultByline: '', smartTypography: true, spellcheckLanguage: 'en-US' });
    expect(await store.update({ defaultByline: 'Maria Rossi, Brussels' })).toEqual({
      exportDir: defaults.defaultExportDir,
      defaultByline: 'Maria Rossi, Brussels',
      smartTypography: true, spellcheckLanguage: 'en-US',
    });
    await store.update({ exportDir: '/srv/exports' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ defaultByline: 'Maria Rossi, Brussels', exportDir: '/srv/exports' });
    const reopened = new SettingsStore({ settingsFile: file, ...defaults });
    expect(await reopened.get()).toEqual({ exportDir: '/srv/exports', defaultByline: 'Maria Rossi, Brussels', smartTypography: true, spellcheckLanguage: 'en-US' });
    expect(await readdir(path.dirname(file))).toEqual(['settings.json']);
  });

  it('saves the writing settings: smart typography off, a spellcheck language', async () => {
    const store = new SettingsStore({ settingsFile: file, ...defaults });
    expect(await store.update({ smartTypography: false, spellcheckLanguage: 'de-CH' })).toMatchObject({ smartTypography: false, spellcheckLanguage: 'de-CH' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ smartTypography: false, spellcheckLanguage: 'de-CH' });
    expect(await new SettingsStore({ settingsFile: file, ...defaults }).get()).toMatchObject({ smartTypography: false, spellcheckLanguage: 'de-CH' });
  });

  it('keeps fields it does not know (e.g. libraryDir, or from a newer version)', async () => {
    await writeFile(path.join(root, 'settings.json'), JSON.stringify({ libraryDir: '/shared/Library', theme: 'dark' }));
    const store = new SettingsStore({ settingsFile: path.join(root, 'settings.json'), ...defaults });
    expect(await store.libraryDirSetting()).toBe('/shared/Library');
    await store.update({ defaultByline: 'Desk' });
    expect(JSON.parse(await readFile(path.join(root, 'settings.json'), 'utf8'))).toEqual({
      libraryDir: '/shared/Library',
      theme: 'dark',
      defaultByline: 'Desk',
    });
  });

  it('refuses a relative export folder', async () => {
    const store = new SettingsStore({ settingsFile: file, ...defaults });
    await expect(store.update({ exportDir: 'exports' })).rejects.toMatchObject({ code: 'bad-input' });
  });

  it('lets NEWSDESK_EXPORT_DIR win over the saved export folder', async () => {
    const store = new SettingsStore({ settingsFile: file, ...defaults, exportDirOverride: '/tmp/pinned' });
    await store.update({ exportDir: '/srv/exports' });
    expect((await store.get()).exportDir).toBe('/tmp/pinned');
  });

  for (const [label, content] of [
    ['bad JSON', '{"defaultByline": "Maria'],
    ['a schema error', JSON.stringify({ defaultByline: 42 })],
  ] as const) {
    it(`moves a settings file with ${label} aside, uses defaults, and never overwrites it`, async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const settingsFile = path.join(root, 'settings.json');
      await writeFile(settingsFile, content);
      const store = new SettingsStore({ settingsFile, ...defaults, now: () => new Date('2020-02-12T10:00:00.000Z') });
      expect(await store.get()).toEqual({ exportDir: defaults.defaultExportDir, defaultByline: '', smartTypography: true, spellcheckLanguage: 'en-US' });
      const aside = path.join(root, 'settings.json.damaged-2020-02-12T10-00-00-000Z');
      expect(store.lastDamagedFile).toBe(aside);
      expect(await readFile(aside, 'utf8')).toBe(content);
      expect(await readdir(root)).toEqual(['settings.json.damaged-2020-02-12T10-00-00-000Z']);

      // A second damaged file in the same millisecond must not replace the first one.
      await writeFile(settingsFile, 'also broken');
      await store.get();
      expect(await readFile(aside, 'utf8')).toBe(content);
      expect(await readFile(`${aside}-2`, 'utf8')).toBe('also broken');

      await store.update({ defaultByline: 'New' });
      expect(JSON.parse(await readFile(settingsFile, 'utf8'))).toEqual({ defaultByline: 'New' });
    });
  }
});
