import { cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/apiError.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { nodeFs } from './coreFs.ts';
import { decodeIndexFile, INDEX_FILE, textShardFile, textShardOf } from './libraryIndexFormat.ts';
import { JOURNAL_FILE } from './libraryIndexJournal.ts';
import { StoryLibrary } from './StoryLibrary.ts';
import { createFaultyFs } from './testing/faultyFs.ts';

let root: string;
let clock: number;
const open: StoryLibrary[] = [];
const faulty = createFaultyFs(nodeFs);

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'nd-index-'));
  clock = Date.parse('2024-05-01T08:00:00.000Z');
  faulty.clearFault();
});
afterEach(async () => {
  faulty.clearFault();
  await Promise.all(open.splice(0).map((library) => library.close()));
  await rm(root, { recursive: true, force: true });
});

/** A library as a new process opens it; its calls are counted (and can be made to fail). */
function openLibrary(): StoryLibrary {
  const library = new StoryLibrary({ libraryDir: root, fs: faulty, now: () => new Date((clock += 1000)), indexWriteDelayMs: null });
  open.push(library);
  return library;
}

function paragraph(text: string) {
  return { type: 'paragraph' as const, content: [{ type: 'text' as const, text }] };
}

async function seed(library: StoryLibrary, headlines: string[]): Promise<Story[]> {
  await library.ensureFolders();
  const stories: Story[] = [];
  for (const headline of headlines) {
    const blank = await library.create('Staff reporter');
    const story: Story = { ...blank, headline, body: { type: 'doc', content: [paragraph(`${headline}: the full report.`)] } };
    stories.push({ ...story, updatedAt: (await library.save(story, blank.updatedAt)).updatedAt });
  }
  return stories;
}

const storiesDir = (): string => path.join(root, 'stories');
const storyFile = (id: string): string => path.join(storiesDir(), id, 'story.json');
const indexFile = (): string => path.join(root, 'index', INDEX_FILE);
const journalFile = (): string => path.join(root, 'index', JOURNAL_FILE);
const journalLines = async (): Promise<string[]> => (await readFile(journalFile(), 'utf8')).split('\n').filter(Boolean);
const generationOnDisk = async (): Promise<string | null | undefined> => decodeIndexFile(await readFile(indexFile(), 'utf8'))?.generation;
/** Story files read (not merely stat'ed) since the last resetCalls. */
const storyReads = (): number => faulty.calls.filter((c) => c.name === 'readFile' && c.path.endsWith('story.json')).length;
const folderListings = (): number => faulty.calls.filter((c) => c.name === 'readdirEntries' && c.path === storiesDir()).length;
const headlines = async (library: StoryLibrary, query?: string): Promise<string[]> => (await library.list(query)).stories.map((s) => s.headline);

/** Sets the stories folder's time into the past, as for a library last changed yesterday (its time is then trusted). */
async function ageStoriesFolder(): Promise<void> {
  const yesterday = new Date(Date.now() - 86_400_000);
  await utimes(storiesDir(), yesterday, yesterday);
}

/** A library whose index a closed process wrote whole, with the stories folder's time trusted. */
async function writtenLibrary(headlines: string[]): Promise<Story[]> {
  const library = openLibrary();
  const stories = await seed(library, headlines);
  await ageStoriesFolder();
  await library.list();
  await library.close();
  return stories;
}

describe('the library summary index', () => {
  it('is written on flush and lets a new process list without reading a single story', async () => {
    const first = openLibrary();
    await seed(first, ['Tram line opens', 'Council approves budget', 'Storm warning for the coast']);
    await ageStoriesFolder();
    const expected = await first.list();
    await first.flush();
    const content = decodeIndexFile(await readFile(indexFile(), 'utf8'));
    expect(content?.stories.map((s) => s.summary.headline)).toEqual(expected.stories.map((s) => s.headline));
    expect(content?.folder).not.toBeNull();

    const second = openLibrary();
    faulty.resetCalls();
    expect(await second.list()).toEqual(expected);
    expect(storyReads()).toBe(0);
    expect(folderListings()).toBe(0); // the folder's time is unchanged: its names are not listed again
  });

  it('searches in memory: no story file is stat’ed or read on the query path', async () => {
    const first = openLibrary();
    await seed(first, ['Tram line opens', 'Quokka found in the park']);
    await first.close();
    const second = openLibrary();
    await second.list();
    await second.idle(); // the check after the first listing, and the loading of search texts
    faulty.resetCalls();
    expect(await headlines(second, 'quokka park')).toEqual(['Quokka found in the park']);
    expect(await headlines(second, 'report')).toHaveLength(2);
    expect(faulty.calls.filter((c) => c.path.includes(`${path.sep}stories${path.sep}`))).toEqual([]);
  });

  it('shows a folder added or removed behind its back at the next listing', async () => {
    const first = openLibrary();
    const [tram, budget] = await seed(first, ['Tram line opens', 'Council approves budget']);
    await ageStoriesFolder();
    await first.list();
    await first.close();

    const second = openLibrary();
    expect(await headlines(second)).toEqual(['Council approves budget', 'Tram line opens']);
    // Another program (a sync tool) removes one folder and adds another.
    await rm(path.join(storiesDir(), tram.id), { recursive: true });
    const added = { ...budget, id: 'synced-story-0001', headline: 'Arrived by sync', updatedAt: new Date(clock + 60_000).toISOString() };
    await cp(path.join(storiesDir(), budget.id), path.join(storiesDir(), added.id), { recursive: true });
    await writeFile(storyFile(added.id), JSON.stringify(added));
    expect(await headlines(second)).toEqual(['Arrived by sync', 'Council approves budget']);
  });

  it('shows a story.json edited in place by another program once the background check has run', async () => {
    const first = openLibrary();
    const [tram] = await seed(first, ['Tram line opens']);
    await first.close();

    const second = openLibrary();
    expect(await headlines(second)).toEqual(['Tram line opens']);
    await second.idle();
    const onDisk = JSON.parse(await readFile(storyFile(tram.id), 'utf8')) as Story;
    await writeFile(storyFile(tram.id), JSON.stringify({ ...onDisk, headline: 'Tram line delayed' }));
    // Served from the index at once; this listing starts the check of every file…
    expect(await headlines(second)).toEqual(['Tram line opens']);
    await second.idle();
    // …and from then on the edit shows, in the listing and in searches.
    expect(await headlines(second)).toEqual(['Tram line delayed']);
    expect(await headlines(second, 'delayed')).toEqual(['Tram line delayed']);
    expect(await headlines(second, 'opens')).toEqual(['Tram line delayed']); // "opens" is still in the body
    // The next process too, whether or not the index was written since.
    const third = openLibrary();
    await third.list();
    await third.idle();
    expect(await headlines(third)).toEqual(['Tram line delayed']);
  });

  it('repairs what a crash kept from the index: saves after its last write show after the check', async () => {
    const first = openLibrary();
    const [tram] = await seed(first, ['Tram line opens']);
    await first.flush();
    await first.save({ ...tram, headline: 'Tram line opens on Monday' }, tram.updatedAt);
    // No flush: the process dies here; the index on disk still has the old entry.
    const second = openLibrary();
    await second.list();
    await second.idle();
    expect(await headlines(second)).toEqual(['Tram line opens on Monday']);
  });

  it('ignores a torn, foreign or future index and rebuilds it from the stories', async () => {
    const first = openLibrary();
    const stories = await seed(first, ['Tram line opens', 'Council approves budget']);
    await first.close();
    const ids = stories.map((s) => s.id).sort();
    for (const bad of ['{"format":"newsdesk-library-index","version":1,"stor', '[1,2,3]', JSON.stringify({ format: 'newsdesk-library-index', version: 99, stories: [] })]) {
      await writeFile(indexFile(), bad);
      const library = openLibrary();
      faulty.resetCalls();
      expect((await library.list()).stories.map((s) => s.id).sort()).toEqual(ids);
      expect(storyReads()).toBe(2); // rebuilt from the files
      await library.flush();
      expect(decodeIndexFile(await readFile(indexFile(), 'utf8'))?.stories).toHaveLength(2);
    }
  });

  it('keeps damaged stories in the index, listed with their reason and kept copy', async () => {
    const first = openLibrary();
    const [, broken] = await seed(first, ['Tram line opens', 'Soon broken']);
    await writeFile(storyFile(broken.id), '{"schemaVersion": 1, "headline": "cut off');
    const listed = await first.list();
    expect(listed.damaged.map((d) => [d.id, d.kind])).toEqual([[broken.id, 'damaged']]);
    expect(listed.damaged[0]?.reason).toMatch(/^story\.json is not valid JSON/);
    expect(listed.damaged[0]?.keptAs).toContain(path.join('damaged', broken.id));
    await first.close();

    const second = openLibrary();
    faulty.resetCalls();
    expect(await second.list()).toEqual(listed);
    expect(storyReads()).toBe(0);
  });

  it('never lets an index write fail a save, and reports a failed flush clearly', async () => {
    const library = openLibrary();
    const [tram] = await seed(library, ['Tram line opens']);
    faulty.fail({ code: 'ENOSPC', mode: 'persistent', pathIncludes: `${path.sep}index` });
    const { updatedAt } = await library.save({ ...tram, headline: 'Saved on a full disk' }, tram.updatedAt);
    expect((await library.get(tram.id)).updatedAt).toBe(updatedAt);
    const error = await library.flush().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('disk-full');
    expect(await headlines(library)).toEqual(['Saved on a full disk']);
    // The disk has room again: what was pending is written.
    faulty.clearFault();
    await library.flush();
    const shard = JSON.parse(await readFile(path.join(root, 'index', textShardFile(textShardOf(tram.id))), 'utf8')) as { texts: { text: string }[] };
    expect(shard.texts[0]?.text).toContain('saved on a full disk');
    expect(decodeIndexFile(await readFile(indexFile(), 'utf8'))?.stories[0]?.summary.headline).toBe('Saved on a full disk');
    expect((await readdir(path.join(root, 'index'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes by itself a quiet time after a change', async () => {
    const library = new StoryLibrary({ libraryDir: root, indexWriteDelayMs: 20 });
    open.push(library);
    await seed(library, ['Tram line opens']);
    await expect.poll(async () => decodeIndexFile(await readFile(indexFile(), 'utf8').catch(() => ''))?.stories.length, { timeout: 5000 }).toBe(1);
  });
});

describe('the index journal', () => {
  /** A library with its index written whole (trusted folder time), then one story changed and listed: its line is pending. */
  async function withPendingChange(): Promise<{ library: StoryLibrary; tram: Story; budget: Story }> {
    const library = openLibrary();
    const [tram, budget] = await seed(library, ['Tram line opens', 'Council approves budget']);
    await ageStoriesFolder();
    await library.list();
    await library.flush();
    const saved = { ...tram, headline: 'Tram line opens on Monday' };
    const { updatedAt } = await library.save(saved, tram.updatedAt);
    await library.list(); // learns the saved file's key, as the app's listing after a save does
    return { library, tram: { ...saved, updatedAt }, budget };
  }

  it('takes a save as one appended line, leaving stories.json as written; a new process lists and searches it without reading a story', async () => {
    const { library } = await withPendingChange();
    const before = await readFile(indexFile(), 'utf8');
    faulty.resetCalls();
    await library.flush();
    expect(await readFile(indexFile(), 'utf8')).toBe(before);
    expect(faulty.calls.filter((c) => c.path.includes(`${path.sep}index${path.sep}`)).map((c) => c.name)).toEqual(['open', 'handle.writeFile', 'handle.close']);
    const lines = await journalLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Tram line opens on Monday');

    const second = openLibrary();
    faulty.resetCalls();
    expect(await headlines(second)).toEqual(['Tram line opens on Monday', 'Council approves budget']);
    await second.idle();
    expect(await headlines(second, 'monday')).toEqual(['Tram line opens on Monday']);
    expect(storyReads()).toBe(0);
    expect(folderListings()).toBe(0);
  });

  it('is folded into stories.json on close, under a new generation, and removed', async () => {
    const { library } = await withPendingChange();
    await library.flush();
    const generation = await generationOnDisk();
    await library.close();
    await expect(readFile(journalFile())).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await generationOnDisk()).not.toBe(generation);
    const content = decodeIndexFile(await readFile(indexFile(), 'utf8'));
    expect(content?.stories.map((s) => s.summary.headline)).toEqual(['Tram line opens on Monday', 'Council approves budget']);
    const second = openLibrary();
    faulty.resetCalls();
    await second.list();
    await second.idle();
    expect(await headlines(second, 'monday')).toEqual(['Tram line opens on Monday']); // from the rewritten text file
    expect(storyReads()).toBe(0);
  });

  it('applies the lines before a torn one, repairs the rest from the story files, and starts afresh', async () => {
    const { library, budget } = await withPendingChange();
    await library.save({ ...budget, headline: 'Budget passed' }, budget.updatedAt);
    await library.list();
    await library.flush();
    const journal = await readFile(journalFile(), 'utf8');
    expect(journal.split('\n').filter(Boolean)).toHaveLength(2);
    await writeFile(journalFile(), journal.slice(0, -12)); // the process died while appending the second line

    const second = openLibrary();
    faulty.resetCalls();
    // The first line is used; the torn one is not, and the folder's names are listed again in case it was a new story.
    expect(await headlines(second)).toEqual(['Tram line opens on Monday', 'Council approves budget']);
    expect(folderListings()).toBe(1);
    await second.idle(); // the check finds budget's file changed
    expect(await headlines(second)).toEqual(['Budget passed', 'Tram line opens on Monday']);
    const generation = await generationOnDisk();
    await second.flush();
    expect(await generationOnDisk()).not.toBe(generation); // written whole, not appended after half a line
    await expect(readFile(journalFile())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('ignores lines written for an older stories.json (a crash between writing it and removing the journal)', async () => {
    const { library, tram } = await withPendingChange();
    await library.flush();
    const stale = await readFile(journalFile(), 'utf8');
    await library.save({ ...tram, headline: 'Tram line opens on Tuesday' }, tram.updatedAt);
    await library.list();
    await library.close();
    await writeFile(journalFile(), stale); // its line says "on Monday"

    const second = openLibrary();
    faulty.resetCalls();
    expect(await headlines(second)).toEqual(['Tram line opens on Tuesday', 'Council approves budget']);
    expect(storyReads()).toBe(0);
  });

  it('starts the journal afresh after a whole write, even when removing the old one failed', async () => {
    const { library, tram } = await withPendingChange();
    await library.flush();
    await writeFile(journalFile(), (await readFile(journalFile(), 'utf8')).slice(0, -5)); // torn, as by a crash
    const second = openLibrary();
    await second.list();
    faulty.fail({ code: 'EACCES', mode: 'once', names: ['unlink'], pathIncludes: JOURNAL_FILE }); // another program holds it open
    await second.flush(); // whole, because of the torn line; the journal stays behind
    expect(faulty.failures).toBe(1);
    await second.save({ ...tram, headline: 'Tram line opens on Wednesday' }, tram.updatedAt);
    await second.list();
    await second.flush();
    const lines = await journalLines();
    expect(lines).toHaveLength(1); // not glued onto the half line
    expect(lines[0]).toContain('on Wednesday');

    const third = openLibrary();
    faulty.resetCalls();
    expect(await headlines(third)).toEqual(['Tram line opens on Wednesday', 'Council approves budget']);
    expect(storyReads()).toBe(0);
  });

  it('records a story trashed before the index was read, so the next process does not list it', async () => {
    const [tram] = await writtenLibrary(['Tram line opens', 'Council approves budget']);
    const second = openLibrary();
    await second.trash(tram.id); // before any listing
    await ageStoriesFolder();
    expect(await headlines(second)).toEqual(['Council approves budget']);
    await second.flush(); // and the process dies: no close

    const third = openLibrary();
    expect(await headlines(third)).toEqual(['Council approves budget']);
  });

  it('finds a story whose stories.json entry no longer checks out, though a journal line records the folder key', async () => {
    await writtenLibrary(['Tram line opens', 'Council approves budget']);
    const second = openLibrary();
    await seed(second, ['Ferry resumes']);
    await ageStoriesFolder();
    await second.list();
    await second.flush();
    expect(await readFile(journalFile(), 'utf8')).toContain('"f":');
    const stored = JSON.parse(await readFile(indexFile(), 'utf8')) as { stories: unknown[][] };
    stored.stories = stored.stories.map((row) => (row[3] === 'Tram line opens' ? ['not', 'a', 'story'] : row));
    await writeFile(indexFile(), JSON.stringify(stored));

    const third = openLibrary();
    expect((await headlines(third)).sort()).toEqual(['Council approves budget', 'Ferry resumes', 'Tram line opens']);
  });

  it('writes stories.json whole after a failed append, so no line follows half a line', async () => {
    const { library } = await withPendingChange();
    const generation = await generationOnDisk();
    faulty.fail({ code: 'ENOSPC', mode: 'once', names: ['handle.writeFile'], pathIncludes: JOURNAL_FILE });
    await expect(library.flush()).rejects.toMatchObject({ code: 'disk-full' });
    faulty.clearFault();
    await library.flush();
    expect(await generationOnDisk()).not.toBe(generation);
    expect(decodeIndexFile(await readFile(indexFile(), 'utf8'))?.stories[0]?.summary.headline).toBe('Tram line opens on Monday');
  });
});

describe('an index entry that does not check out', () => {
  it('is left out, and the story is found again by listing the folder', async () => {
    await writtenLibrary(['Tram line opens', 'Council approves budget']);
    const stored = JSON.parse(await readFile(indexFile(), 'utf8')) as { stories: unknown[][] };
    expect(stored.stories).toHaveLength(2);
    stored.stories[0] = ['not', 'a', 'story'];
    await writeFile(indexFile(), JSON.stringify(stored));
    const second = openLibrary();
    expect((await headlines(second)).sort()).toEqual(['Council approves budget', 'Tram line opens']);
  });
});
