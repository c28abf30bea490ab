import type { DamagedStory, StorySummary } from '@shared/api/contract.ts';
import { STORY_STATUSES, type StoryStatus } from '@shared/story/storyStatus.ts';

/*
 * The files of the library's summary index, `<library>/index/`: a cache, never the truth. A file
 * that is missing, damaged, foreign or of another version is ignored (the index is rebuilt from
 * the story files), so nothing here ever throws on bad input.
 *   stories.json        every story's listing entry and its story.json key, newest change first,
 *                       and a random generation, new at each write of this file
 *   text-00…31.json     the folded search text of each story, spread over TEXT_SHARDS files
 *   changes.jsonl       the entries changed since stories.json was written, one JSON line per
 *                       change, each tagged with that file's generation (see libraryIndexJournal.ts)
 */
export const INDEX_FORMAT = 'newsdesk-library-index';
export const TEXT_FORMAT = 'newsdesk-search-text';
export const INDEX_VERSION = 2;
export const TEXT_SHARDS = 32;
export const INDEX_FILE = 'stories.json';

/** The name of the search-text file that holds a story's text. */
export function textShardFile(shard: number): string {
  return `text-${String(shard).padStart(2, '0')}.json`;
}

/** Which search-text file a story's text lives in (FNV-1a of the id: stable across runs and machines). */
export function textShardOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % TEXT_SHARDS;
}

/** A story.json as last read: `ino:size:mtimeMs`, or null when not known (the file must be read to know). */
export type FileKey = string | null;

/** A listed story as stored; `text` only when it comes from the journal (the text files hold the rest). */
export type StoredStory = { ok: true; summary: StorySummary; key: FileKey; text?: string };
/** A damaged story as stored. */
export type StoredProblem = { problem: DamagedStory; key: FileKey };

/**
 * The summary index. `folder` is the key of the stories folder when its names were last listed;
 * `generation` tells this write of the file from any other, so that only the journal lines written
 * after it are applied to it (null: a file from before journals, to which none apply).
 */
export interface IndexFileContent {
  generation: string | null;
  folder: string | null;
  stories: StoredStory[];
  damaged: StoredProblem[];
}

/** The summary index as read: `complete` is false when entries that did not check out were left out. */
export type DecodedIndexFile = IndexFileContent & { complete: boolean };

/**
 * A story as stored: a list of values, not an object, because that file is read on the cold path of
 * listing and a list is less to parse: id, slug, kicker, headline, bylines, status, updatedAt,
 * wordCount, heroAssetId, key.
 */
export type StoredSummary = [string, string, string, string, string[], string, string, number, string | null, FileKey];

/** One story's search text as stored, with what it was made from. */
export interface TextRecord {
  id: string;
  updatedAt: string;
  key: FileKey;
  text: string;
}

export function encodeIndexFile({ generation, folder, stories, damaged }: IndexFileContent): string {
  const stored = stories.map(({ summary, key }) => toStoredSummary(summary, key));
  // Only `problem` and `key`: a damaged entry in memory carries more than the file needs.
  const problems = damaged.map(({ problem, key }): StoredProblem => ({ problem, key }));
  return JSON.stringify({ format: INDEX_FORMAT, version: INDEX_VERSION, generation, folder, stories: stored, damaged: problems });
}

export function toStoredSummary(s: StorySummary, key: FileKey): StoredSummary {
  return [s.id, s.slug, s.kicker, s.headline, s.bylines, s.status, s.updatedAt, s.wordCount, s.heroAssetId, key];
}

export function encodeTextFile(texts: TextRecord[]): string {
  return JSON.stringify({ format: TEXT_FORMAT, version: INDEX_VERSION, texts });
}

/**
 * The summary index, or null if the text is not one this version wrote. Entries that do not check
 * out are left out; then `complete` is false and the folder key null, since an entry left out may be
 * a story that only listing the folder's names finds again.
 */
export function decodeIndexFile(text: string): DecodedIndexFile | null {
  const data = parseJson(text);
  if (!isRecord(data) || data.format !== INDEX_FORMAT || data.version !== INDEX_VERSION) return null;
  if (!Array.isArray(data.stories) || !Array.isArray(data.damaged) || !isKey(data.folder)) return null;
  const stories: StoredStory[] = [];
  for (const item of data.stories as unknown[]) {
    const entry = fromStoredSummary(item);
    if (entry) stories.push(entry);
  }
  const damaged: StoredProblem[] = [];
  for (const item of data.damaged as unknown[]) {
    const problem = fromStoredProblem(item);
    if (problem) damaged.push(problem);
  }
  const complete = stories.length === data.stories.length && damaged.length === data.damaged.length;
  const generation = typeof data.generation === 'string' ? data.generation : null;
  return { generation, folder: complete ? data.folder : null, stories, damaged, complete };
}

/** The records of a search-text file; none if the file is not one this version wrote. */
export function decodeTextFile(text: string): TextRecord[] {
  const data = parseJson(text);
  if (!isRecord(data) || data.format !== TEXT_FORMAT || data.version !== INDEX_VERSION || !Array.isArray(data.texts)) return [];
  return (data.texts as unknown[]).filter(
    (r): r is TextRecord => isRecord(r) && typeof r.id === 'string' && typeof r.updatedAt === 'string' && isKey(r.key) && typeof r.text === 'string',
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // a torn or foreign file: the caller rebuilds
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isKey(value: unknown): value is FileKey {
  return value === null || typeof value === 'string';
}

const statuses: ReadonlySet<unknown> = new Set(STORY_STATUSES);

/** A stored story, or null if it does not check out. Hand-written rather than a zod schema: it runs 10,000 times on the cold path of listing. */
export function fromStoredSummary(item: unknown): StoredStory | null {
  if (!Array.isArray(item) || item.length !== 10) return null;
  const row = item as unknown[];
  // Indexed, not destructured: array destructuring goes through the iterator protocol, slow in code not yet optimized.
  const id = row[0], slug = row[1], kicker = row[2], headline = row[3], bylines = row[4];
  const status = row[5], updatedAt = row[6], wordCount = row[7], heroAssetId = row[8], key = row[9];
  if (typeof id !== 'string' || typeof slug !== 'string' || typeof kicker !== 'string' || typeof headline !== 'string') return null;
  if (!Array.isArray(bylines) || !statuses.has(status) || typeof updatedAt !== 'string') return null;
  for (const byline of bylines as unknown[]) if (typeof byline !== 'string') return null;
  if (typeof wordCount !== 'number' || (heroAssetId !== null && typeof heroAssetId !== 'string') || !isKey(key)) return null;
  const summary: StorySummary = { id, slug, kicker, headline, bylines: bylines as string[], status: status as StoryStatus, updatedAt, wordCount, heroAssetId };
  return { ok: true, summary, key };
}

/** A stored damaged story, or null if it does not check out. */
export function fromStoredProblem(item: unknown): StoredProblem | null {
  return isRecord(item) && isKey(item.key) && isProblem(item.problem) ? { problem: item.problem, key: item.key } : null;
}

function isProblem(p: unknown): p is DamagedStory {
  return (
    isRecord(p) &&
    typeof p.id === 'string' &&
    typeof p.reason === 'string' &&
    (p.kind === 'damaged' || p.kind === 'future-version') &&
    (p.keptAs === undefined || typeof p.keptAs === 'string')
  );
}
