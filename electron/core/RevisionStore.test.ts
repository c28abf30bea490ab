import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/apiError.ts';
import { REVISION_ID } from '@shared/api/contract.ts';
import { createStory } from '@shared/story/createStory.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { DEFAULT_RETENTION } from './revisionRetention.ts';
import { RevisionStore } from './RevisionStore.ts';

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

function store(extra: Partial<ConstructorParameters<typeof RevisionStore>[0]> = {}): RevisionStore {
  return new RevisionStore({ libraryDir: root, now: () => clock, log: (message) => logged.push(message), ...extra });
}

function storyWith(text: string, headline = 'NATO to expand training mission in Iraq'): Story {
  const story = createStory(new Date('2025-06-15T10:00:00.000Z'), 'story-one');
  return { ...story, headline, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } };
}

function advance(ms: number): void {
  clock = new Date(clock.getTime() + ms);
}

async function filesOf(storyId: string): Promise<string[]> {
  return (await readdir(path.join(root, 'revisions', storyId))).sort();
}

describe('RevisionStore', () => {
  it('writes a gzip file per revision, named by time and reason, and reads it back', async () => {
    const revisions = store();
    const story = storyWith('Ministers agreed on Wednesday.');
    const id = await revisions.snapshot(story, 'before-export');
    expect(id).toBe('20250615T120000000Z-before-export');
    expect(id).toMatch(REVISION_ID);
    expect(await filesOf('story-one')).toEqual([`${id}.json.gz`]);

    const raw = JSON.parse(gunzipSync(await readFile(path.join(root, 'revisions', 'story-one', `${id}.json.gz`))).toString('utf8')) as Record<string, unknown>;
    expect(raw).toMatchObject({ format: 'newsdesk-revision', reason: 'before-export', savedAt: '2025-06-15T12:00:00.000Z', wordCount: 4 });

    expect(await revisions.get('story-one', id)).toEqual(story);
    // A fresh store (no cache) reads the same from disk.
    expect(await store().list('story-one')).toEqual([
      { revisionId: id, savedAt: '2025-06-15T12:00:00.000Z', reason: 'before-export', wordCount: 4, headline: story.headline },
    ]);
  });

  it('lists revisions newest first, and never gives two the same name', async () => {
    const revisions = store();
    const first = await revisions.snapshot(storyWith('One.'), 'imported');
    // Same millisecond, different content: the second goes one millisecond later.
    const second = await revisions.snapshot(storyWith('One. Two.'), 'before-export');
    advance(60_000);
    const third = await revisions.snapshot(storyWith('One. Two. Three.'), 'before-restore');
    expect(second).toBe('20250615T120000001Z-before-export');
    expect((await revisions.list('story-one')).map((r) => [r.revisionId, r.wordCount])).toEqual([
      [third, 3],
      [second, 2],
      [first, 1],
    ]);
  });

  it('does not write the same content twice in a row, whatever its updatedAt', async () => {
    const revisions = store();
    const story = storyWith('Same words.');
    const first = await revisions.snapshot(story, 'autosave-interval');
    advance(10 * 60_000);
    const again = await revisions.snapshot({ ...story, updatedAt: clock.toISOString() }, 'before-export');
    expect(again).toBe(first);
    expect(await filesOf('story-one')).toHaveLength(1);
    // Going back to older content after a change is a new revision.
    await revisions.snapshot(storyWith('Other words.'), 'before-export');
    await revisions.snapshot(story, 'before-restore');
    expect(await filesOf('story-one')).toHaveLength(3);
  });

  it('maybeSnapshot keeps the saved version at most every five minutes', async () => {
    const revisions = store();
    expect(await revisions.maybeSnapshot(storyWith('a'))).toBe('20250615T120000000Z-autosave-interval');
    advance(4 * 60_000 + 59_000);
    expect(await revisions.maybeSnapshot(storyWith('a b'))).toBeNull();
    advance(1_000);
    expect(await revisions.maybeSnapshot(storyWith('a b c'))).toBe('20250615T120500000Z-autosave-interval');
    // An explicit revision counts as the newest too.
    advance(4 * 60_000);
    await revisions.snapshot(storyWith('a b c d'), 'before-export');
    advance(2 * 60_000);
    expect(await revisions.maybeSnapshot(storyWith('a b c d e'))).toBeNull();
    expect((await revisions.list('story-one')).map((r) => r.wordCount)).toEqual([4, 3, 1]);
  });

  it('thins out old revisions by the retention policy as new ones arrive', async () => {
    const revisions = store({ retention: { ...DEFAULT_RETENTION, maxPerStory: 3 } });
    for (let i = 1; i <= 5; i++) {
      await revisions.snapshot(storyWith('word '.repeat(i)), 'before-export');
      advance(1_000);
    }
    expect((await revisions.list('story-one')).map((r) => r.wordCount)).toEqual([5, 4, 3]);
    expect(await filesOf('story-one')).toHaveLength(3);

    // Two days later, the older ones of one day shrink to that day's newest.
    const daily = store();
    advance(2 * 24 * 3_600_000);
    await daily.snapshot(storyWith('fresh'), 'autosave-interval');
    expect(await daily.prune('story-one')).toEqual([]);
    expect((await daily.list('story-one')).map((r) => r.wordCount)).toEqual([1, 5]);
  });

  it('refuses revision ids and story ids that could point elsewhere', async () => {
    const revisions = store();
    await revisions.snapshot(storyWith('x'), 'imported');
    for (const bad of ['../story.json', '20250615T120000000Z-imported/../../x', '20250615T120000000Z-other', '', '20250615T120000000Z-imported.json.gz']) {
      await expect(revisions.get('story-one', bad)).rejects.toMatchObject({ code: 'bad-input' });
    }
    await expect(revisions.list('../stories')).rejects.toMatchObject({ code: 'bad-input' });
    await expect(revisions.get('..', '20250615T120000000Z-imported')).rejects.toMatchObject({ code: 'bad-input' });
  });

  it('says clearly when a revision is gone or its file is damaged, and lists the readable ones', async () => {
    const revisions = store();
    const good = await revisions.snapshot(storyWith('Readable.'), 'imported');
    await expect(revisions.get('story-one', '20200101T000000000Z-imported')).rejects.toMatchObject({ code: 'not-found' });

    const folder = path.join(root, 'revisions', 'story-one');
    await writeFile(path.join(folder, '20250615T130000000Z-before-export.json.gz'), 'not gzip at all');
    await writeFile(path.join(folder, '20250615T130000001Z-before-export.json.gz'), gzipSync(JSON.stringify({ format: 'newsdesk-revision', story: { id: 'story-one' } })));
    const other = { ...storyWith('Someone else.'), id: 'story-two' };
    await writeFile(path.join(folder, '20250615T130000002Z-before-export.json.gz'), gzipSync(JSON.stringify({ format: 'newsdesk-revision', story: other })));
    const fresh = store();
    for (const id of ['20250615T130000000Z-before-export', '20250615T130000001Z-before-export', '20250615T130000002Z-before-export']) {
      const error = await fresh.get('story-one', id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ code: 'damaged', message: expect.stringContaining('The story itself is not affected') as unknown });
    }
    expect((await fresh.list('story-one')).map((r) => r.revisionId)).toEqual([good]);
    expect(logged).toHaveLength(3);
  });

  it('ignores stray files (temp files of an interrupted write) in a story folder', async () => {
    const revisions = store();
    const id = await revisions.snapshot(storyWith('Kept.'), 'imported');
    const folder = path.join(root, 'revisions', 'story-one');
    await writeFile(path.join(folder, `.${id}.json.gz.abc123456789.tmp`), 'half');
    await mkdir(path.join(folder, 'notes'));
    expect((await revisions.list('story-one')).map((r) => r.revisionId)).toEqual([id]);
    advance(1_000);
    await revisions.snapshot(storyWith('Kept. More.'), 'before-export');
    expect(await filesOf('story-one')).toContain(`.${id}.json.gz.abc123456789.tmp`);
    // Once it is an hour old it cannot belong to a write in progress, and goes at the next revision.
    const stale = new Date(clock.getTime() - 2 * 3_600_000);
    await utimes(path.join(folder, `.${id}.json.gz.abc123456789.tmp`), stale, stale);
    advance(1_000);
    await revisions.snapshot(storyWith('Kept. More. Again.'), 'before-export');
    expect(await filesOf('story-one')).not.toContain(`.${id}.json.gz.abc123456789.tmp`);
    expect(await filesOf('story-one')).toContain('notes');
  });

  it('lists nothing for a story without revisions, and refuses an invalid story', async () => {
    const revisions = store();
    expect(await revisions.list('no-such-story')).toEqual([]);
    const broken = { ...storyWith('x'), headline: 42 } as unknown as Story;
    await expect(revisions.snapshot(broken, 'imported')).rejects.toMatchObject({ code: 'bad-input' });
    // maybeSnapshot checks the story when it would keep it (when none is due, nothing is written to check).
    await expect(revisions.maybeSnapshot(broken)).rejects.toMatchObject({ code: 'bad-input' });
    await expect(revisions.maybeSnapshot({ ...broken, id: '../elsewhere' })).rejects.toMatchObject({ code: 'bad-input' });
    expect(await revisions.list('story-one')).toEqual([]);
  });
});
