import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiHandlers, AssetInfo, RestoredRevision, RevisionSummary } from '@shared/api/contract.ts';
import sharp from 'sharp';
import { parseStoryExport } from '@shared/export/parseStoryExport.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { AssetStore } from './AssetStore.ts';
import { nodeFs } from './coreFs.ts';
import { createApiHandlers } from './createApiHandlers.ts';
import { resolveDataPaths } from './dataPaths.ts';
import { dispatchApiCall } from './dispatchApiCall.ts';
import { exportStoryToFolder } from './exportStoryToFolder.ts';
import { RevisionStore } from './RevisionStore.ts';
import { SettingsStore } from './SettingsStore.ts';
import { StoryLibrary } from './StoryLibrary.ts';
import { createFaultyFs, type FaultyFs } from './testing/faultyFs.ts';

let root: string;
let clock: Date;
let logged: string[];

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'nd-'));
  clock = new Date('2025-06-15T12:00:00.000Z');
  logged = [];
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function setup(revisionFs = nodeFs): { call: <T>(method: string, input: unknown) => Promise<T>; raw: ApiHandlers; libraryDir: string } {
  const paths = resolveDataPaths({ env: { NEWSDESK_DATA_DIR: root, NEWSDESK_EXPORT_DIR: path.join(root, 'exports') }, platform: process.platform, homedir: root });
  const now = (): Date => clock;
  const log = (message: string): void => void logged.push(message);
  const handlers = createApiHandlers({
    library: new StoryLibrary({ libraryDir: paths.libraryDir, now }),
    assets: new AssetStore(path.join(paths.libraryDir, 'assets')),
    settings: new SettingsStore({ settingsFile: paths.settingsFile, defaultExportDir: paths.defaultExportDir }),
    paths,
    host: { kind: 'web', version: '0.0.0-test', canChooseDirectory: false, chooseDirectory: () => Promise.resolve(null) },
    exportStoryToFolder,
    parseStoryExport,
    revisions: new RevisionStore({ libraryDir: paths.libraryDir, now, log, fs: revisionFs }),
    log,
  });
  // Through dispatch, so inputs are validated exactly as the hosts do.
  const call = async <T,>(method: string, input: unknown): Promise<T> => {
    const result = await dispatchApiCall(handlers, method, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as T;
  };
  return { call, raw: handlers, libraryDir: paths.libraryDir };
}

function withText(story: Story, text: string): Story {
  return { ...story, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } };
}

function textOf(story: Story): string {
  return JSON.stringify(story.body);
}

function advance(ms: number): void {
  clock = new Date(clock.getTime() + ms);
}

/** Creates a story and saves it with `text`, the way the editor does. */
async function savedStory(call: ReturnType<typeof setup>['call'], text: string): Promise<Story> {
  const created = await call<Story>('createStory', {});
  advance(1_000);
  const { updatedAt } = await call<{ updatedAt: string }>('saveStory', { story: withText(created, text), baseUpdatedAt: created.updatedAt });
  return { ...withText(created, text), updatedAt };
}

describe('revisions through the API handlers', () => {
  it('keeps a saved version at most every five minutes while a story changes', async () => {
    const { call } = setup();
    let story = await savedStory(call, 'First words.');
    const save = async (text: string): Promise<void> => {
      advance(60_000);
      const { updatedAt } = await call<{ updatedAt: string }>('saveStory', { story: withText(story, text), baseUpdatedAt: story.updatedAt });
      story = { ...withText(story, text), updatedAt };
    };
    await save('First words. Second.');
    await save('First words. Second. Third.');
    let list = await call<RevisionSummary[]>('listRevisions', { id: story.id });
    expect(list.map((r) => [r.reason, r.wordCount])).toEqual([['autosave-interval', 2]]);
    for (let i = 0; i < 4; i++) await save(`Words ${'more '.repeat(i + 1)}`);
    list = await call<RevisionSummary[]>('listRevisions', { id: story.id });
    // Five minutes after the first revision, the saved version is kept again.
    expect(list.map((r) => [r.reason, r.wordCount])).toEqual([
      ['autosave-interval', 4],
      ['autosave-interval', 2],
    ]);
  });

  it('keeps the version before an export, and the state an import brought in', async () => {
    const { call } = setup();
    const story = await savedStory(call, 'Exported text.');
    advance(60_000);
    await call('exportStory', { id: story.id, formats: ['json'] });
    const list = await call<RevisionSummary[]>('listRevisions', { id: story.id });
    // The autosave revision already holds this content, so the export adds none.
    expect(list.map((r) => r.reason)).toEqual(['autosave-interval']);

    advance(60_000);
    const { updatedAt } = await call<{ updatedAt: string }>('saveStory', { story: withText(story, 'Changed before export.'), baseUpdatedAt: story.updatedAt });
    advance(60_000);
    await call('exportStory', { id: story.id, formats: ['json'] });
    const afterExport = await call<RevisionSummary[]>('listRevisions', { id: story.id });
    expect(afterExport.map((r) => r.reason)).toEqual(['before-export', 'autosave-interval']);
    const kept = await call<Story>('getRevision', { id: story.id, revisionId: afterExport[0]?.revisionId });
    expect(textOf(kept)).toContain('Changed before export.');
    expect(kept.updatedAt).toBe(updatedAt);

    const json = await readFile(path.join(root, 'exports', story.id, `${story.id}.json`), 'utf8');
    // The story is still in the library, so the import becomes a new story with a history of its own.
    const imported = await call<Story>('importStory', { json });
    expect(imported.id).not.toBe(story.id);
    const importedList = await call<RevisionSummary[]>('listRevisions', { id: imported.id });
    expect(importedList).toMatchObject([{ reason: 'imported', wordCount: 3 }]);
    expect(textOf(await call<Story>('getRevision', { id: imported.id, revisionId: importedList[0]?.revisionId }))).toContain('Changed before export.');
  });

  it('restores an earlier version as a new save, and the restore can be undone', async () => {
    const { call } = setup();
    const story = await savedStory(call, 'The old text.');
    const [old] = await call<RevisionSummary[]>('listRevisions', { id: story.id });
    advance(60_000);
    const { updatedAt: newer } = await call<{ updatedAt: string }>('saveStory', {
      story: { ...withText(story, 'The new text, much better.'), headline: 'New headline' },
      baseUpdatedAt: story.updatedAt,
    });

    advance(60_000);
    const restored = await call<RestoredRevision>('restoreRevision', { id: story.id, revisionId: old?.revisionId, baseUpdatedAt: newer });
    expect(textOf(restored.story)).toContain('The old text.');
    expect(restored.story.headline).toBe(story.headline);
    expect(Date.parse(restored.story.updatedAt)).toBeGreaterThan(Date.parse(newer));
    const onDisk = await call<Story>('getStory', { id: story.id });
    expect(onDisk).toEqual(restored.story);
    expect(restored.undoRevisionId).toMatch(/-before-restore$/);

    advance(60_000);
    const undone = await call<RestoredRevision>('restoreRevision', {
      id: story.id,
      revisionId: restored.undoRevisionId,
      baseUpdatedAt: restored.story.updatedAt,
    });
    expect(textOf(undone.story)).toContain('The new text, much better.');
    expect(undone.story.headline).toBe('New headline');
    expect(textOf(await call<Story>('getStory', { id: story.id }))).toContain('The new text, much better.');
    // The undo is itself undoable: the restored version was kept before it was replaced.
    expect(textOf(await call<Story>('getRevision', { id: story.id, revisionId: undone.undoRevisionId }))).toContain('The old text.');
  });

  it('refuses a restore based on an outdated version, and changes nothing', async () => {
    const { call } = setup();
    const story = await savedStory(call, 'Kept text.');
    const [old] = await call<RevisionSummary[]>('listRevisions', { id: story.id });
    advance(60_000);
    await call('saveStory', { story: withText(story, 'Written in another window.'), baseUpdatedAt: story.updatedAt });
    await expect(call('restoreRevision', { id: story.id, revisionId: old?.revisionId, baseUpdatedAt: story.updatedAt })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(textOf(await call<Story>('getStory', { id: story.id }))).toContain('Written in another window.');
    expect(await call<RevisionSummary[]>('listRevisions', { id: story.id })).toHaveLength(1);
  });

  it('refuses revision ids that are not revision ids before any handler runs', async () => {
    const { call } = setup();
    const story = await savedStory(call, 'x');
    for (const revisionId of ['../../stories/x/story', '20250615T120000000Z-imported/..', 'latest']) {
      await expect(call('getRevision', { id: story.id, revisionId })).rejects.toMatchObject({ code: 'bad-input' });
    }
    await expect(call('getRevision', { id: story.id, revisionId: '20200101T000000000Z-imported' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('a revision that cannot be written never fails a save, an export or an import; a restore without its undo copy is refused', async () => {
    const faulty: FaultyFs = createFaultyFs(nodeFs);
    const { call } = setup(faulty);
    faulty.fail({ code: 'ENOSPC', mode: 'persistent', pathIncludes: `${path.sep}revisions` });
    const story = await savedStory(call, 'Saved despite everything.');
    expect(textOf(await call<Story>('getStory', { id: story.id }))).toContain('Saved despite everything.');
    await call('exportStory', { id: story.id, formats: ['json'] });
    expect(logged.length).toBeGreaterThanOrEqual(2);
    expect(logged[0]).toContain(story.id);

    faulty.clearFault();
    advance(10 * 60_000);
    const { updatedAt } = await call<{ updatedAt: string }>('saveStory', { story: withText(story, 'Now kept.'), baseUpdatedAt: story.updatedAt });
    const [kept] = await call<RevisionSummary[]>('listRevisions', { id: story.id });
    advance(60_000);
    const { updatedAt: latest } = await call<{ updatedAt: string }>('saveStory', { story: withText(story, 'Latest text.'), baseUpdatedAt: updatedAt });

    faulty.fail({ code: 'ENOSPC', mode: 'persistent', pathIncludes: `${path.sep}revisions`, names: ['open'] });
    await expect(call('restoreRevision', { id: story.id, revisionId: kept?.revisionId, baseUpdatedAt: latest })).rejects.toMatchObject({
      code: 'disk-full',
    });
    expect(textOf(await call<Story>('getStory', { id: story.id }))).toContain('Latest text.');
  });
});

describe('exportStory with ninjs', () => {
  it('links the pictures under the web address given, and refuses one that is not http(s)', async () => {
    const { call } = setup();
    const story = await savedStory(call, 'A story with a picture.');
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#236' } }).jpeg().toBuffer();
    const asset = await call<AssetInfo>('importAsset', { fileName: 'hero.jpg', bytes: new Uint8Array(jpeg) });
    const withHero: Story = { ...story, hero: { ...story.hero, assetId: asset.assetId, caption: 'A caption', credit: 'EPA/STAFF', alt: 'A blue square' } };
    advance(1_000);
    await call('saveStory', { story: withHero, baseUpdatedAt: story.updatedAt });

    await call('exportStory', { id: story.id, formats: ['ninjs'], ninjsBaseUrl: 'https://cdn.example.com/nato' });
    const ninjs = await readFile(path.join(root, 'exports', story.id, `${story.id}.ninjs.json`), 'utf8');
    expect(ninjs).toContain('"href": "https://cdn.example.com/nato/images/');
    expect(ninjs).not.toContain('file://');

    await expect(call('exportStory', { id: story.id, formats: ['ninjs'], ninjsBaseUrl: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'bad-input' });
  });
});
