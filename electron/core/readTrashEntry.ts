import path from 'node:path';
import { z } from 'zod';
import type { TrashEntry } from '@shared/api/contract.ts';
import { nodeFs, type CoreFs } from './coreFs.ts';
import { fsErrorToApiError, isNodeFsError } from './fsErrorToApiError.ts';
import { guardFs } from './guardFs.ts';
import { parseStoryFile } from './parseStoryFile.ts';

/** The marker written into a story folder when it goes to the trash. */
export const TRASHED_FILE = 'trashed.json';

export const trashedFileSchema = z.object({ trashedAt: z.iso.datetime({ offset: true }), headline: z.string() });

/**
 * Describes one folder in `<library>/trash`. Without a usable trashed.json (e.g. a
 * folder moved there by hand) it falls back to the story's headline and the folder's time.
 */
export async function readTrashEntry(trashDir: string, id: string, fs: CoreFs = nodeFs): Promise<TrashEntry> {
  const folder = path.join(trashDir, id);
  const marker = await readOptional(path.join(folder, TRASHED_FILE), fs);
  if (marker !== null) {
    const parsed = trashedFileSchema.safeParse(parseJsonOrNull(marker));
    if (parsed.success) return { id, ...parsed.data };
  }
  const storyText = await readOptional(path.join(folder, 'story.json'), fs);
  const story = storyText === null ? null : parseStoryFile(storyText, id);
  const info = await guardFs(() => fs.stat(folder));
  return { id, headline: story?.ok ? story.story.headline : '', trashedAt: info.mtime.toISOString() };
}

async function readOptional(file: string, fs: CoreFs): Promise<string | null> {
  try {
    return await fs.readTextFile(file);
  } catch (error) {
    if (isNodeFsError(error) && error.code === 'ENOENT') return null;
    throw fsErrorToApiError(error);
  }
}

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // an unreadable marker is handled like a missing one
  }
}
