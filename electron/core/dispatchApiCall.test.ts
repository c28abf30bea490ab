import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiHandlers } from '@shared/api/contract.ts';
import { parseStoryExport } from '@shared/export/parseStoryExport.ts';
import { AssetStore } from './AssetStore.ts';
import { createApiHandlers, type ApiHandlerDeps } from './createApiHandlers.ts';
import { resolveDataPaths } from './dataPaths.ts';
import { dispatchApiCall } from './dispatchApiCall.ts';
import { exportStoryToFolder } from './exportStoryToFolder.ts';
import { SettingsStore } from './SettingsStore.ts';
import { StoryLibrary } from './StoryLibrary.ts';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'nd-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(root, { recursive: true, force: true });
});

function handlers(overrides: Partial<ApiHandlerDeps> = {}): ApiHandlers {
  const paths = resolveDataPaths({ env: { NEWSDESK_DATA_DIR: root }, platform: process.platform, homedir: root });
  return createApiHandlers({
    library: new StoryLibrary({ libraryDir: paths.libraryDir }),
    assets: new AssetStore(path.join(paths.libraryDir, 'assets')),
    settings: new SettingsStore({ settingsFile: paths.settingsFile, defaultExportDir: paths.defaultExportDir }),
    paths,
    host: { kind: 'web', version: '0.0.0-test', canChooseDirectory: false, chooseDirectory: () => Promise.resolve(null) },
    exportStoryToFolder,
    parseStoryExport,
    ...overrides,
  });
}

describe('dispatchApiCall', () => {
  it('runs a valid call and returns its value', async () => {
    const result = await dispatchApiCall(handlers(), 'getHostInfo', {});
    expect(result).toEqual({
      ok: true,
      value: { kind: 'web', version: '0.0.0-test', libraryDir: path.join(root, 'Library'), canChooseDirectory: false },
    });
    expect(await dispatchApiCall(handlers(), 'listStories', undefined)).toEqual({ ok: true, value: { stories: [], damaged: [] } });
  });

  it('refuses an unknown method', async () => {
    const result = await dispatchApiCall(handlers(), 'deleteEverything', {});
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'There is no API method called "deleteEverything".' } });
    // Inherited object keys are not methods either.
    expect(await dispatchApiCall(handlers(), 'constructor', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses invalid input with readable details', async () => {
    const result = await dispatchApiCall(handlers(), 'getStory', { id: '../../etc/passwd', extra: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad-input');
    expect(result.error.message).toMatch(/^Invalid input for getStory: /);
    expect(result.error.details).toEqual(expect.arrayContaining(['id: a story id is 8 to 64 lowercase letters, digits or dashes']));
    expect(result.error.details?.some((d) => d.includes('extra'))).toBe(true);
  });

  it('passes ApiErrors from handlers through', async () => {
    const result = await dispatchApiCall(handlers(), 'getStory', { id: 'no-such-story' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(result.ok === false && result.error.message).toContain('no-such-story');
  });

  it('translates raw fs errors and unexpected errors', async () => {
    const failingExport: ApiHandlerDeps['exportStoryToFolder'] = async ({ outDir }) => {
      await readFile(path.join(outDir, 'missing-template.html')); // a real ENOENT, not caught on purpose
      return { outDir, files: [] };
    };
    const h = handlers({
      exportStoryToFolder: failingExport,
      parseStoryExport: () => {
        throw new TypeError('Cannot read properties of undefined');
      },
    });
    const created = await dispatchApiCall(h, 'createStory', {});
    if (!created.ok) throw new Error(created.error.message);
    const story = created.value as { id: string };

    const exported = await dispatchApiCall(h, 'exportStory', { id: story.id, formats: ['html'], outDir: path.join(root, 'out') });
    expect(exported).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(exported.ok === false && exported.error.message).toContain('missing-template.html');

    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const imported = await dispatchApiCall(h, 'importStory', { json: '{}' });
    expect(imported).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong in Newsdesk (importStory): Cannot read properties of undefined' },
    });
    expect(error).toHaveBeenCalledOnce();
  });
});
