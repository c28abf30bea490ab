import { emptyPicture } from '@shared/story/emptyPicture.ts';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiCallResult } from './dispatchApiCall.ts';
import type { AssetInfo, ExportResult, Settings } from '@shared/api/contract.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { createCore, type Core } from './createCore.ts';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'nd-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function coreFor(extra: Record<string, string> = {}, chooseDirectory?: () => Promise<string | null>): Promise<Core> {
  return createCore({
    env: { NEWSDESK_DATA_DIR: path.join(root, 'data'), ...extra },
    platform: process.platform,
    homedir: path.join(root, 'home'),
    hostKind: 'web',
    version: '1.2.3',
    ...(chooseDirectory ? { chooseDirectory } : {}),
  });
}

/** Unwraps a successful call; a failure fails the test with the API's own message. */
function value<T>(result: ApiCallResult): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('createCore', () => {
  it('creates the data and library folders', async () => {
    const core = await coreFor();
    expect(core.paths.libraryDir).toBe(path.join(root, 'data', 'Library'));
    expect((await readdir(core.paths.libraryDir)).sort()).toEqual(['assets', 'stories', 'trash']);
    expect((await stat(core.paths.dataDir)).isDirectory()).toBe(true);
  });

  it('takes the library folder from settings.json when no variable names one', async () => {
    const first = await coreFor();
    await rm(first.paths.libraryDir, { recursive: true });
    await writeFile(first.paths.settingsFile, JSON.stringify({ libraryDir: path.join(root, 'elsewhere') }));
    const core = await coreFor();
    expect(core.paths.libraryDir).toBe(path.join(root, 'elsewhere'));
    expect(value<{ libraryDir: string }>(await core.dispatch('getHostInfo', {})).libraryDir).toBe(path.join(root, 'elsewhere'));
  });

  it('round-trips a story with a picture: create, save, export to the default folder, import elsewhere', async () => {
    const outRoot = path.join(root, 'exports');
    const core = await coreFor({ NEWSDESK_EXPORT_DIR: outRoot });
    value<Settings>(await core.dispatch('updateSettings', { defaultByline: 'Staff reporter' }));

    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 0, g: 80, b: 160 } } }).jpeg().toBuffer();
    const asset = value<AssetInfo>(await core.dispatch('importAsset', { fileName: 'nato.jpg', bytes: new Uint8Array(jpeg) }));
    const story = value<Story>(await core.dispatch('createStory', {}));
    expect(story.bylines).toEqual(['Staff reporter']);
    const edited: Story = {
      ...story,
      slug: 'nato-iraq',
      headline: 'NATO to expand training mission in Iraq',
      hero: { ...emptyPicture(), assetId: asset.assetId, caption: 'Participants at the NATO summit', credit: 'EPA/MAURIZIO GAMBARINI', alt: 'NATO logo' },
    };
    value(await core.dispatch('saveStory', { story: edited, baseUpdatedAt: story.updatedAt }));

    const result = value<ExportResult>(await core.dispatch('exportStory', { id: story.id, formats: ['html', 'json'] }));
    expect(result.outDir).toBe(path.join(outRoot, 'nato-iraq'));
    expect((await readdir(result.outDir)).sort()).toEqual(['images', 'nato-iraq.html', 'nato-iraq.json']);
    expect(await readFile(path.join(result.outDir, 'images', asset.assetId))).toEqual(jpeg);
    const json = await readFile(path.join(result.outDir, 'nato-iraq.json'), 'utf8');

    // Another desk without the picture: refused with the missing picture named.
    const other = await createCore({
      env: { NEWSDESK_DATA_DIR: path.join(root, 'other') },
      platform: process.platform,
      homedir: root,
      hostKind: 'electron',
      version: '1.2.3',
    });
    const refused = await other.dispatch('importStory', { json });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-input', details: [`missing picture: ${asset.assetId}`] } });
    if (!refused.ok) expect(refused.error.message).toContain('Add the picture files too');
    expect(value<{ stories: unknown[] }>(await other.dispatch('listStories', {})).stories).toEqual([]);

    value(await other.dispatch('importAsset', { fileName: asset.assetId, bytes: new Uint8Array(jpeg) }));
    const imported = value<Story>(await other.dispatch('importStory', { json }));
    expect(imported).toMatchObject({ id: story.id, headline: edited.headline, hero: edited.hero });

    // Importing the same file again never overwrites: it becomes a second story.
    const again = value<Story>(await other.dispatch('importStory', { json }));
    expect(again.id).not.toBe(story.id);
    expect(value<{ stories: unknown[] }>(await other.dispatch('listStories', {})).stories).toHaveLength(2);
  });

  it('refuses a relative export folder and reports a missing folder picker', async () => {
    const core = await coreFor();
    const story = value<Story>(await core.dispatch('createStory', {}));
    expect(await core.dispatch('exportStory', { id: story.id, formats: ['html'], outDir: 'relative/out' })).toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
    expect(await core.dispatch('chooseDirectory', {})).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const picker = await coreFor({}, () => Promise.resolve('/picked/folder'));
    expect(value<{ canChooseDirectory: boolean }>(await picker.dispatch('getHostInfo', {})).canChooseDirectory).toBe(true);
    expect(value(await picker.dispatch('chooseDirectory', { title: 'Export to…' }))).toEqual({ path: '/picked/folder' });
  });
});
