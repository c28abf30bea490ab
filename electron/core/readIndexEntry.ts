import path from 'node:path';
import type { DamagedStory } from '@shared/api/contract.ts';
import { storyIdSchema } from '@shared/story/storySchema.ts';
import type { CoreFs } from './coreFs.ts';
import { fsErrorToApiError, isNodeFsError } from './fsErrorToApiError.ts';
import type { FileKey, StoredStory } from './libraryIndexFormat.ts';
import type { ParsedStoryFile, StoryFileProblemKind } from './parseStoryFile.ts';
import { pathExists } from './pathExists.ts';
import { summarizeStory } from './summarizeStory.ts';

/** A story file as read: parsed, or why not (with where its damaged bytes were kept aside). */
export type ReadStory = Extract<ParsedStoryFile, { ok: true }> | { ok: false; reason: string; kind: StoryFileProblemKind; keptAs?: string };

/** A listed story; `time` is its updatedAt in ms once needed, `text` its folded search text once known. */
export type StoryEntry = StoredStory & { time?: number };
/** A story folder whose file cannot be used, with why. */
export type ProblemEntry = { ok: false; key: FileKey; problem: DamagedStory };
/** What the library index knows about one story folder. */
export type IndexEntry = StoryEntry | ProblemEntry;

export interface StoryFolderAccess {
  storiesDir: string;
  fs: CoreFs;
  /** The library's reader: checks the file and keeps a damaged file's bytes aside. */
  readStory: (id: string) => Promise<ReadStory | null>;
}

/** One story's entry as its file is now; null when its folder is gone (or is not a folder). Never throws. */
export async function readIndexEntry(id: string, access: StoryFolderAccess): Promise<IndexEntry | null> {
  if (!storyIdSchema.safeParse(id).success) return problemEntry(id, 'damaged', 'The folder name is not a valid story id.');
  try {
    const key = await storyFileKey(id, access, true);
    if (key === null) {
      const folderExists = await pathExists(path.join(access.storiesDir, id), access.fs);
      return folderExists ? problemEntry(id, 'damaged', 'story.json is missing from the story folder.') : null;
    }
    const read = await access.readStory(id);
    if (!read) return null;
    if (!read.ok) return problemEntry(id, read.kind, read.reason, read.keptAs, key);
    const { summary, searchText } = summarizeStory(read.story);
    return { ok: true, key, summary, text: searchText };
  } catch (error) {
    // One unreadable story (a folder named story.json, no permission, an I/O error) must not hide the others.
    const reason = error instanceof Error ? error.message : String(error);
    return problemEntry(id, 'damaged', `story.json could not be read: ${reason}`);
  }
}

/**
 * `ino:size:mtimeMs` of a story file; null when there is none. Other failures throw when
 * `throwOthers`, else read as null ("changed"): the story is then read again, which reports them.
 */
export async function storyFileKey(id: string, access: Pick<StoryFolderAccess, 'storiesDir' | 'fs'>, throwOthers = false): Promise<FileKey> {
  try {
    const info = await access.fs.stat(path.join(access.storiesDir, id, 'story.json'));
    return `${info.ino}:${info.size}:${info.mtimeMs}`;
  } catch (error) {
    const gone = isNodeFsError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR');
    if (gone || !throwOthers) return null;
    throw fsErrorToApiError(error);
  }
}

/** True when two entries say the same (then nothing needs writing). */
export function sameEntry(a: IndexEntry, b: IndexEntry): boolean {
  if (a.key !== b.key) return false;
  if (!a.ok || !b.ok) return !a.ok && !b.ok && a.problem.reason === b.problem.reason && a.problem.kind === b.problem.kind && a.problem.keptAs === b.problem.keptAs;
  // The summary first: a save always changes it (its time), and comparing two long texts of the same
  // length makes V8 copy each into one flat string first (summarizeStory leaves them in parts).
  return JSON.stringify(a.summary) === JSON.stringify(b.summary) && a.text === b.text;
}

function problemEntry(id: string, kind: DamagedStory['kind'], reason: string, keptAs?: string, key: FileKey = null): ProblemEntry {
  return { ok: false, key, problem: { id, reason, kind, ...(keptAs ? { keptAs } : {}) } };
}
