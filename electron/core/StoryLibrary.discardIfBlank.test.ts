import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Story } from '@shared/story/storySchema.ts';
import { apiFailure } from './testing/apiFailure.ts';
import { useTempStoryLibrary } from './testing/useTempStoryLibrary.ts';

const t = useTempStoryLibrary();

const storyFile = (id: string): string => path.join(t.root, 'stories', id, 'story.json');

async function saved(story: Story, changes: Partial<Story>): Promise<Story> {
  const next = { ...story, ...changes };
  const { updatedAt } = await t.library.save(next, story.updatedAt);
  return { ...next, updatedAt };
}

describe('StoryLibrary letting go of blank drafts', () => {
  const exists = (file: string) => stat(file).then(() => true, () => false);

  it('removes a story that is still as New story made it, and says so', async () => {
    const blank = await t.library.create('Staff reporter');
    await expect(t.library.discardIfBlank(blank.id)).resolves.toEqual({ discarded: true });
    expect(await exists(path.join(t.root, 'stories', blank.id))).toBe(false);
    expect((await t.library.list()).stories).toEqual([]);
    expect((await apiFailure(t.library.get(blank.id))).code).toBe('not-found');
    // Asked again, or about a story that never was: nothing to do.
    await expect(t.library.discardIfBlank(blank.id)).resolves.toEqual({ discarded: false });
  });

  it('keeps a story with anything written or chosen in it, byte for byte', async () => {
    const blank = await t.library.create('');
    const written = await saved(blank, { body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One line.' }] }] } });
    const before = await readFile(storyFile(written.id));
    await expect(t.library.discardIfBlank(written.id)).resolves.toEqual({ discarded: false });
    expect(await readFile(storyFile(written.id))).toEqual(before);
    expect((await t.library.list()).stories).toHaveLength(1);
  });

  it('keeps a blank story once it has been saved (by this window or another one meanwhile)', async () => {
    const blank = await t.library.create('');
    const again = await saved(blank, { headline: '' });
    await expect(t.library.discardIfBlank(again.id)).resolves.toEqual({ discarded: false });
    expect((await t.library.get(again.id)).updatedAt).toBe(again.updatedAt);
  });

  it('keeps a blank story that has history, or other files in its folder', async () => {
    const withHistory = await t.library.create('');
    await mkdir(path.join(t.root, 'revisions', withHistory.id), { recursive: true });
    await writeFile(path.join(t.root, 'revisions', withHistory.id, 'r1.json.gz'), 'earlier words');
    await expect(t.library.discardIfBlank(withHistory.id)).resolves.toEqual({ discarded: false });
    expect(await exists(storyFile(withHistory.id))).toBe(true);

    const withFile = await t.library.create('');
    await writeFile(path.join(t.root, 'stories', withFile.id, 'notes.txt'), 'left here by hand');
    await expect(t.library.discardIfBlank(withFile.id)).resolves.toEqual({ discarded: false });
    expect(await exists(storyFile(withFile.id))).toBe(true);
  });

  it('keeps a damaged story file as it is', async () => {
    const blank = await t.library.create('');
    await writeFile(storyFile(blank.id), '{"half a file');
    await expect(t.library.discardIfBlank(blank.id)).resolves.toEqual({ discarded: false });
    expect(await readFile(storyFile(blank.id), 'utf8')).toBe('{"half a file');
  });

  it('refuses an id that is not a story id', async () => {
    expect((await apiFailure(t.library.discardIfBlank('../../etc'))).code).toBe('bad-input');
  });
});
