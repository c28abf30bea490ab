import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BodyEdit } from '@shared/story/bodyEditSchema.ts';
import type { Story, StoryFields } from '@shared/story/storySchema.ts';
import { StoryLibrary } from './StoryLibrary.ts';
import { apiFailure } from './testing/apiFailure.ts';

let root: string;
let library: StoryLibrary;
let clock: number;

const open = (): StoryLibrary => new StoryLibrary({ libraryDir: root, now: () => new Date((clock += 1000)) });

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'nd-edits-'));
  clock = Date.parse('2026-11-27T08:00:00.000Z');
  library = open();
  await library.ensureFolders();
});
afterEach(async () => {
  await library.close();
  await rm(root, { recursive: true, force: true });
});

function paragraph(text: string) {
  return { type: 'paragraph' as const, content: [{ type: 'text' as const, text }] };
}

function fieldsOf(story: Story): StoryFields {
  const { body: _body, ...fields } = story;
  return fields;
}

/** A saved story with four paragraphs, as the editor's first (full) save leaves it. */
async function fourParagraphs(): Promise<Story> {
  const story = await library.create('Staff reporter');
  const full: Story = { ...story, headline: 'Talks resume', body: { type: 'doc', content: ['One.', 'Two.', 'Three.', 'Four.'].map(paragraph) } };
  const { updatedAt } = await library.save(full, story.updatedAt);
  return { ...full, updatedAt };
}

async function onDisk(id: string): Promise<Story> {
  return JSON.parse(await readFile(path.join(root, 'stories', id, 'story.json'), 'utf8')) as Story;
}

const texts = (story: Story): string[] => story.body.content.map((block) => block.content?.[0]?.text ?? '');

describe('StoryLibrary.saveEdits', () => {
  it('writes the saved body with the changed blocks replaced, and the new fields, in the layout a full save writes', async () => {
    const story = await fourParagraphs();
    const edit: BodyEdit = { baseBlocks: 4, from: 1, to: 3, blocks: [paragraph('Two, typed on.'), paragraph('New.'), paragraph('Three.')] };
    const result = await library.saveEdits({ ...fieldsOf(story), kicker: 'Brussels' }, edit, story.updatedAt);
    const file = await onDisk(story.id);
    expect(texts(file)).toEqual(['One.', 'Two, typed on.', 'New.', 'Three.', 'Four.']);
    expect(file.kicker).toBe('Brussels');
    expect(file.createdAt).toBe(story.createdAt);
    expect(file.updatedAt).toBe(result.updatedAt);
    expect(Date.parse(result.updatedAt)).toBeGreaterThan(Date.parse(story.updatedAt));
    expect(result.story).toEqual(file);
    // Key for key as save() writes it, so a later full save changes only what changed.
    expect(Object.keys(file)).toEqual(Object.keys(story));
    const { updatedAt } = await library.save({ ...file, kicker: 'Brussels' }, result.updatedAt);
    expect(await onDisk(story.id)).toEqual({ ...file, updatedAt });
  });

  it('chains: each edit applies to the version the previous one wrote, and the listing follows', async () => {
    const story = await fourParagraphs();
    const first = await library.saveEdits(fieldsOf(story), { baseBlocks: 4, from: 4, to: 4, blocks: [paragraph('Five quokkaburra.')] }, story.updatedAt);
    const second = await library.saveEdits(fieldsOf(story), { baseBlocks: 5, from: 0, to: 1, blocks: [] }, first.updatedAt);
    expect(texts(await onDisk(story.id))).toEqual(['Two.', 'Three.', 'Four.', 'Five quokkaburra.']);
    expect(second.story.body.content).toHaveLength(4);
    const listing = await library.list('quokkaburra');
    expect(listing.stories.map((s) => s.id)).toEqual([story.id]);
  });

  it('reads the base from disk when this process did not write it (a restarted host)', async () => {
    const story = await fourParagraphs();
    await library.close();
    library = open();
    await library.saveEdits(fieldsOf(story), { baseBlocks: 4, from: 0, to: 1, blocks: [paragraph('One, again.')] }, story.updatedAt);
    expect(texts(await onDisk(story.id))).toEqual(['One, again.', 'Two.', 'Three.', 'Four.']);
  });

  it('refuses an edit based on an older version (conflict) and leaves the newer file as it is', async () => {
    const story = await fourParagraphs();
    const other = open();
    await other.save({ ...story, headline: 'From window A' }, story.updatedAt);
    const before = await readFile(path.join(root, 'stories', story.id, 'story.json'));
    const error = await apiFailure(library.saveEdits(fieldsOf(story), { baseBlocks: 4, from: 0, to: 1, blocks: [] }, story.updatedAt));
    expect(error.code).toBe('conflict');
    expect(await readFile(path.join(root, 'stories', story.id, 'story.json'))).toEqual(before);
    await other.close();
  });

  it('refuses an edit that does not fit the saved body (bad-input: the editor then sends the whole story) and writes nothing', async () => {
    const story = await fourParagraphs();
    const before = await readFile(path.join(root, 'stories', story.id, 'story.json'));
    const error = await apiFailure(library.saveEdits(fieldsOf(story), { baseBlocks: 5, from: 0, to: 1, blocks: [] }, story.updatedAt));
    expect(error.code).toBe('bad-input');
    expect(error.message).toMatch(/send the whole story/);
    expect(await readFile(path.join(root, 'stories', story.id, 'story.json'))).toEqual(before);
  });

  it('checks what it is sent as save() does: a script element in a new block is refused', async () => {
    const story = await fourParagraphs();
    const hostile = { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] } as unknown as ReturnType<typeof paragraph>;
    const error = await apiFailure(library.saveEdits(fieldsOf(story), { baseBlocks: 4, from: 0, to: 0, blocks: [hostile] }, story.updatedAt));
    expect(error.code).toBe('bad-input');
    const reversed = await apiFailure(library.saveEdits(fieldsOf(story), { baseBlocks: 4, from: 3, to: 1, blocks: [] }, story.updatedAt));
    expect(reversed.code).toBe('bad-input');
  });

  it('never writes over a damaged file', async () => {
    const story = await fourParagraphs();
    const file = path.join(root, 'stories', story.id, 'story.json');
    await writeFile(file, '{"schemaVersion": 2, "id": "half a file');
    const error = await apiFailure(library.saveEdits(fieldsOf(story), { baseBlocks: 4, from: 0, to: 0, blocks: [] }, story.updatedAt));
    expect(error.code).toBe('damaged');
    expect(await readFile(file, 'utf8')).toBe('{"schemaVersion": 2, "id": "half a file');
  });
});
