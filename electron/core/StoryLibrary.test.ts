import { emptyPicture } from '@shared/story/emptyPicture.ts';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Story } from '@shared/story/storySchema.ts';
import { STORY_SCHEMA_VERSION } from '@shared/story/storyFormat.ts';
import { createStory } from '@shared/story/createStory.ts';
import { StoryLibrary } from './StoryLibrary.ts';
import { apiFailure } from './testing/apiFailure.ts';
import { makeFolderReadOnly } from './testing/makeFolderReadOnly.ts';

let root: string;
let library: StoryLibrary;
let clock: number;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'nd-'));
  clock = Date.parse('2020-02-12T10:00:00.000Z');
  // A clock that moves one second per call, so "newest first" is deterministic.
  library = new StoryLibrary({ libraryDir: root, now: () => new Date((clock += 1000)) });
  await library.ensureFolders();
});
afterEach(async () => {
  await library.close();
  await rm(root, { recursive: true, force: true });
});

function paragraph(text: string) {
  return { type: 'paragraph' as const, content: [{ type: 'text' as const, text }] };
}

async function saved(story: Story, changes: Partial<Story>): Promise<Story> {
  const next = { ...story, ...changes };
  const { updatedAt } = await library.save(next, story.updatedAt);
  return { ...next, updatedAt };
}

async function nato(): Promise<Story> {
  const story = await library.create('Staff reporter');
  return saved(story, {
    headline: 'NATO to expand training mission in Iraq',
    slug: 'nato-to-expand-training-mission-in-iraq',
    standfirst: 'The move comes amid United States’ calls do more in the Middle East.',
    body: { type: 'doc', content: [paragraph('NATO chief Jens Stoltenberg said the Iraq mission would restart.'), paragraph('Défense ministers agreed in Brussels.')] },
  });
}

function storyFile(id: string): string {
  return path.join(root, 'stories', id, 'story.json');
}

describe('StoryLibrary basics', () => {
  it('creates, reads back, saves and lists a story with its word count', async () => {
    const blank = await library.create('Staff reporter');
    expect(blank.bylines).toEqual(['Staff reporter']);
    expect(await library.get(blank.id)).toEqual(blank);

    const story = await nato();
    const again = await library.get(story.id);
    expect(again.headline).toBe('NATO to expand training mission in Iraq');
    expect(again.updatedAt).toBe(story.updatedAt);
    expect(JSON.parse(await readFile(storyFile(story.id), 'utf8'))).toEqual(again);

    const listing = await library.list();
    expect(listing.damaged).toEqual([]);
    expect(listing.stories.map((s) => s.id)).toEqual([story.id, blank.id]);
    expect(listing.stories[0]).toMatchObject({ headline: again.headline, wordCount: 15, bylines: ['Staff reporter'], heroAssetId: null });
  });

  it('sets updatedAt strictly later than before, even when the clock stands still or goes back', async () => {
    const story = await nato();
    clock = Date.parse('2000-01-01T00:00:00.000Z');
    const { updatedAt } = await library.save({ ...story, kicker: 'Defence' }, story.updatedAt);
    expect(Date.parse(updatedAt)).toBeGreaterThan(Date.parse(story.updatedAt));
  });

  it('refuses a save based on an older version (conflict) and keeps the newer file', async () => {
    const story = await nato();
    await library.save({ ...story, kicker: 'From window A' }, story.updatedAt);
    const before = await readFile(storyFile(story.id));
    const error = await apiFailure(library.save({ ...story, kicker: 'From window B' }, story.updatedAt));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^This story was changed elsewhere/);
    expect(await readFile(storyFile(story.id))).toEqual(before);
  });

  it('checks a file that another program rewrote in place at the same length and time: a later version there is a conflict', async () => {
    const story = await nato();
    const file = storyFile(story.id);
    const { mtime } = await stat(file);
    const later = new Date(Date.parse(story.updatedAt) + 60_000).toISOString();
    const theirs = (await readFile(file, 'utf8')).replace(`"updatedAt": "${story.updatedAt}"`, `"updatedAt": "${later}"`);
    expect(theirs.length).toBe((await readFile(file, 'utf8')).length);
    // Same inode, same length, modification time set back: only the bytes themselves tell.
    await writeFile(file, theirs);
    await utimes(file, mtime, mtime);
    const error = await apiFailure(library.save({ ...story, kicker: 'Mine' }, story.updatedAt));
    expect(error.code).toBe('conflict');
    expect(await readFile(file, 'utf8')).toBe(theirs);
  });

  it('refuses to overwrite its own last save once a byte of it has changed on disk (same length): the file is damaged', async () => {
    const story = await nato();
    const file = storyFile(story.id);
    const bytes = await readFile(file);
    bytes[0] = '['.charCodeAt(0); // was "{": the JSON no longer parses
    await writeFile(file, bytes);
    const error = await apiFailure(library.save({ ...story, kicker: 'Mine' }, story.updatedAt));
    expect(error.code).toBe('damaged');
    expect(await readFile(file)).toEqual(bytes);
  });

  it('refuses to save a story that is not in the library', async () => {
    const story = await nato();
    await library.trash(story.id);
    expect((await apiFailure(library.save(story, story.updatedAt))).code).toBe('not-found');
    expect((await apiFailure(library.get(story.id))).code).toBe('not-found');
    expect((await apiFailure(library.get('../../etc'))).code).toBe('bad-input');
  });

  it('duplicates as a new draft with "-copy" slug and fresh times', async () => {
    const story = await saved(await nato(), { status: 'approved' });
    const copy = await library.duplicate(story.id);
    expect(copy.id).not.toBe(story.id);
    expect(copy).toMatchObject({ headline: story.headline, slug: `${story.slug}-copy`, status: 'draft', body: story.body });
    expect(Date.parse(copy.createdAt)).toBeGreaterThan(Date.parse(story.createdAt));
    expect(copy.updatedAt).toBe(copy.createdAt);
    expect(await library.get(copy.id)).toEqual(copy);
    expect((await library.duplicate(story.id)).slug).toBe(`${story.slug}-copy-2`);
    expect(await library.get(story.id)).toEqual(story);
  });

  it('moves stories to the trash and back', async () => {
    const story = await nato();
    const other = await library.create('');
    await library.trash(story.id);
    expect((await library.list()).stories.map((s) => s.id)).toEqual([other.id]);
    const trashed = JSON.parse(await readFile(path.join(root, 'trash', story.id, 'trashed.json'), 'utf8')) as { headline: string };
    expect(trashed.headline).toBe(story.headline);
    const trash = await library.listTrash();
    expect(trash).toHaveLength(1);
    expect(trash[0]).toMatchObject({ id: story.id, headline: story.headline });

    await library.restore(story.id);
    expect(await library.listTrash()).toEqual([]);
    expect(await readdir(path.join(root, 'stories', story.id))).toEqual(['story.json']);
    expect(await library.get(story.id)).toEqual(story);
    expect((await apiFailure(library.restore(story.id))).code).toBe('not-found');
  });

  it('keeps an older trashed copy with the same id as a restorable story of its own', async () => {
    const first = await nato();
    await library.trash(first.id);
    // The same id comes back (say, a sync tool restores the folder) and is trashed again.
    await mkdir(path.dirname(storyFile(first.id)), { recursive: true });
    await writeFile(storyFile(first.id), JSON.stringify({ ...first, headline: 'Second life' }));
    await library.trash(first.id);

    const trash = await library.listTrash();
    expect(trash.map((t) => t.headline).sort()).toEqual(['NATO to expand training mission in Iraq', 'Second life']);
    for (const entry of trash) await library.restore(entry.id);
    const listing = await library.list();
    expect(listing.damaged).toEqual([]);
    expect(listing.stories.map((s) => s.headline).sort()).toEqual(['NATO to expand training mission in Iraq', 'Second life']);
  });

  it('imports a story, giving it a new id when the id is taken, never overwriting', async () => {
    const story = await nato();
    const before = await readFile(storyFile(story.id));
    const imported = await library.importStory({ ...story, headline: 'Imported copy' });
    expect(imported.id).not.toBe(story.id);
    expect(imported.headline).toBe('Imported copy');
    expect(await readFile(storyFile(story.id))).toEqual(before);
    const fresh = { ...story, id: 'imported-story-0001', headline: 'From another desk' };
    expect((await library.importStory(fresh)).id).toBe('imported-story-0001');
    expect((await library.list()).stories).toHaveLength(3);
  });

  it('lists an imported story first, with its createdAt kept and the import as its last change', async () => {
    await nato();
    const old = { ...createStory(new Date('2011-05-02T08:00:00.000Z'), 'archived-story-0001'), headline: 'From the archive' };
    old.updatedAt = '2012-01-09T17:30:00.000Z';
    const imported = await library.importStory(old);
    expect(imported.createdAt).toBe('2011-05-02T08:00:00.000Z');
    expect(Date.parse(imported.updatedAt)).toBe(clock);
    expect((await library.get(imported.id)).updatedAt).toBe(imported.updatedAt);
    expect((await library.list()).stories.map((s) => s.headline)).toEqual(['From the archive', 'NATO to expand training mission in Iraq']);
  });
});

describe('StoryLibrary search', () => {
  it('matches all terms in headline, standfirst and body, ignoring case and accents', async () => {
    const story = await nato();
    const other = await saved(await library.create(''), { headline: 'EU rules should not stifle entrepreneurship' });
    const ids = async (q: string) => (await library.list(q)).stories.map((s) => s.id);
    expect(await ids('iraq')).toEqual([story.id]);
    expect(await ids('STOLTENBERG brussels')).toEqual([story.id]); // body terms
    expect(await ids('defense')).toEqual([story.id]); // "Défense" in the body
    expect(await ids('united states’')).toEqual([story.id]); // standfirst, typographic apostrophe
    expect(await ids('iraq entrepreneurship')).toEqual([]);
    expect(await ids('Entrepreneurship')).toEqual([other.id]);
    expect(await ids('  ')).toHaveLength(2);
  });

  it('finds a story by its byline, tag, kicker and picture credit too', async () => {
    const story = await nato();
    const other = await library.create('');
    await saved(other, { headline: 'Tram line opens' });
    await saved(story, {
      kicker: 'Defence',
      tags: ['Iraq'],
      hero: { ...emptyPicture(), assetId: null, caption: 'Leaders at the summit', credit: 'EPA/MAURIZIO GAMBARINI', alt: '' },
      body: { type: 'doc', content: [{ type: 'figure', attrs: { assetId: null, caption: 'Ministers in Brussels', credit: 'AP/Virginia Mayo', alt: '' } }] },
    });
    for (const query of ['staff reporter', 'iraq', 'defence', 'gambarini', 'virginia mayo']) {
      expect((await library.list(query)).stories.map((s) => s.id)).toEqual([story.id]);
    }
  });

  it('sees changes made by another program once a listing has checked the files (re-reads a file whose size or time changed)', async () => {
    const story = await nato();
    expect((await library.list('kyiv')).stories).toEqual([]);
    const onDisk = JSON.parse(await readFile(storyFile(story.id), 'utf8')) as Story;
    await writeFile(storyFile(story.id), JSON.stringify({ ...onDisk, headline: 'Kyiv talks resume' }));
    // A plain listing starts the check of every file; a search after it finds the new words.
    await library.list();
    await library.idle();
    expect((await library.list('kyiv')).stories.map((s) => s.id)).toEqual([story.id]);
  });
  it('does not re-parse a file whose identity, size and time are unchanged', async () => {
    const story = await nato();
    const file = storyFile(story.id);
    // A whole-second mtime can be set back exactly after the edit below.
    const when = new Date('2021-05-05T12:00:00.000Z');
    await utimes(file, when, when);
    expect((await library.list()).stories[0]?.headline).toBe(story.headline);
    // Same length, same inode, same mtime: only a cache hit can still show the old headline.
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('NATO to expand', 'OTAN to expand'));
    await utimes(file, when, when);
    expect((await library.list()).stories[0]?.headline).toBe(story.headline);
    await library.idle(); // the background check compared the file's key, found it unchanged, and did not read it
    expect((await library.list()).stories[0]?.headline).toBe(story.headline);
    expect((await library.get(story.id)).headline).toBe('OTAN to expand training mission in Iraq');
  });
});

describe('StoryLibrary damaged files', () => {
  it('lists bad JSON, schema errors and newer versions as damaged while other stories list fine', async () => {
    const good = await nato();
    const badJson = await library.create('');
    const badSchema = await library.create('');
    const newer = await library.create('');
    await writeFile(storyFile(badJson.id), '{"schemaVersion": 1, "headline": "cut off');
    const invalid = { ...badSchema, bylines: [], status: 'published' };
    await writeFile(storyFile(badSchema.id), JSON.stringify(invalid));
    const newerBytes = JSON.stringify({ ...newer, schemaVersion: STORY_SCHEMA_VERSION + 1 });
    await writeFile(storyFile(newer.id), newerBytes);

    const listing = await library.list();
    expect(listing.stories.map((s) => s.id)).toEqual([good.id]);
    const byId = Object.fromEntries(listing.damaged.map((d) => [d.id, d]));
    expect(byId[badJson.id]?.reason).toMatch(/^story\.json is not valid JSON/);
    expect(byId[badSchema.id]?.reason).toContain('bylines: a story has at least one byline');
    expect(byId[badSchema.id]?.reason).toContain('status:');
    expect(byId[newer.id]?.reason).toContain('written by a newer Newsdesk');
    expect(byId[badJson.id]?.kind).toBe('damaged');
    expect(byId[newer.id]?.kind).toBe('future-version');

    // The damaged bytes are kept aside, byte for byte; a newer story is not damaged and is not copied.
    const kept = byId[badJson.id]?.keptAs ?? '';
    expect(kept).toContain(path.join('damaged', badJson.id));
    expect(await readFile(kept, 'utf8')).toBe('{"schemaVersion": 1, "headline": "cut off');
    expect(byId[newer.id]?.keptAs).toBeUndefined();

    // A newer story is refused read-only, and its file is never written.
    await expect(library.get(newer.id)).rejects.toMatchObject({ code: 'read-only' });
    await expect(library.save({ ...newer, headline: 'mine' }, newer.updatedAt)).rejects.toMatchObject({ code: 'read-only' });
    expect(await readFile(storyFile(newer.id), 'utf8')).toBe(newerBytes);
  });

  it('lists a story whose story.json cannot be read at all as damaged, and the others still list', async () => {
    const good = await nato();
    const unreadable = await library.create('');
    await rm(storyFile(unreadable.id));
    await mkdir(storyFile(unreadable.id));
    const listing = await library.list();
    expect(listing.stories.map((s) => s.id)).toEqual([good.id]);
    expect(listing.damaged).toHaveLength(1);
    expect(listing.damaged[0]?.id).toBe(unreadable.id);
    expect(listing.damaged[0]?.reason).toMatch(/could not be read/);
  });

  it('never rewrites a damaged file on get or save', async () => {
    const story = await nato();
    const damagedText = '{"schemaVersion": 1, "id": "' + story.id + '", "headline": "half a file';
    await writeFile(storyFile(story.id), damagedText);
    const get = await apiFailure(library.get(story.id));
    expect(get.code).toBe('damaged');
    expect(get.message).toContain('not valid JSON');
    const save = await apiFailure(library.save({ ...story, headline: 'Overwrite attempt' }, story.updatedAt));
    expect(save.code).toBe('damaged');
    expect(await readFile(storyFile(story.id), 'utf8')).toBe(damagedText);
    expect((await apiFailure(library.duplicate(story.id))).code).toBe('damaged');
  });

  it('reports a story file that sits in the wrong folder', async () => {
    const a = await library.create('');
    await mkdir(path.join(root, 'stories', 'other-folder-1'));
    await writeFile(path.join(root, 'stories', 'other-folder-1', 'story.json'), JSON.stringify(a));
    const listing = await library.list();
    expect(listing.damaged).toEqual([
      expect.objectContaining({ id: 'other-folder-1', kind: 'damaged', reason: `story.json belongs to story ${a.id} but sits in folder other-folder-1.` }),
    ]);
  });

  it('can trash a damaged story without touching its file', async () => {
    const story = await library.create('');
    await writeFile(storyFile(story.id), 'garbage');
    await library.trash(story.id);
    expect(await readFile(path.join(root, 'trash', story.id, 'story.json'), 'utf8')).toBe('garbage');
    expect((await library.listTrash())[0]).toMatchObject({ id: story.id, headline: '(damaged story)' });
  });
});

const probeDir = await mkdtemp(path.join(os.tmpdir(), 'nd-probe-'));
const probe = await makeFolderReadOnly(probeDir);
if (probe.ok) await probe.undo();
await rm(probeDir, { recursive: true, force: true });
if (!probe.ok) console.log(`Skipping the read-only library test: ${probe.reason}.`);

describe('StoryLibrary and older story formats', () => {
  it('opens a format 1 story migrated, and keeps the original file aside before the first save rewrites it', async () => {
    const created = await library.create('Staff');
    // The same story as Newsdesk's first format wrote it: no language, no word target.
    const { language: _language, wordTarget: _wordTarget, ...rest } = created;
    const v1Bytes = `${JSON.stringify({ ...rest, schemaVersion: 1 }, null, 2)}\n`;
    await writeFile(storyFile(created.id), v1Bytes);

    const opened = await library.get(created.id);
    expect(opened.schemaVersion).toBe(STORY_SCHEMA_VERSION);
    expect(await readFile(storyFile(created.id), 'utf8'), 'reading never writes').toBe(v1Bytes);

    await library.save({ ...opened, headline: 'Now in the current format' }, opened.updatedAt);
    const kept = await readdir(path.join(root, 'originals', created.id));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^format-1-[0-9a-f]{16}\.json$/);
    expect(await readFile(path.join(root, 'originals', created.id, kept[0] ?? ''), 'utf8')).toBe(v1Bytes);
    expect(JSON.parse(await readFile(storyFile(created.id), 'utf8'))).toMatchObject({ schemaVersion: STORY_SCHEMA_VERSION, headline: 'Now in the current format' });
  });
});

describe('StoryLibrary on a read-only folder', () => {
  it.skipIf(!probe.ok)('reports read-only with the folder and writes nothing', async () => {
    const story = await nato();
    const storyFolder = path.join(root, 'stories', story.id);
    const before = await readFile(storyFile(story.id));
    const storiesRO = await makeFolderReadOnly(path.join(root, 'stories'));
    const folderRO = await makeFolderReadOnly(storyFolder);
    if (!storiesRO.ok || !folderRO.ok) throw new Error('could not make the library read-only');
    try {
      const created = await apiFailure(library.create(''));
      expect(created.code).toBe('read-only');
      expect(created.message).toBe(`The folder “${path.join(root, 'stories')}” is read-only; nothing was written.`);
      const save = await apiFailure(library.save({ ...story, headline: 'Changed' }, story.updatedAt));
      expect(save.code).toBe('read-only');
      expect(save.message).toContain(storyFolder);
    } finally {
      await folderRO.undo();
      await storiesRO.undo();
    }
    expect(await readFile(storyFile(story.id))).toEqual(before);
    expect(await readdir(path.join(root, 'stories'))).toEqual([story.id]);
    expect((await stat(storyFile(story.id))).size).toBe(before.length);
  });
});
