import { describeIssues } from '@shared/story/describeIssues.ts';
import { exceedsJsonDepth, MAX_STORY_JSON_DEPTH } from '@shared/story/exceedsJsonDepth.ts';
import { migrateStoryData, storyFormatOf } from '@shared/story/migrateStory.ts';
import { storySchema, type Story } from '@shared/story/storySchema.ts';
import { STORY_SCHEMA_VERSION } from '@shared/story/storyFormat.ts';

/** The largest story.json read at all; a real story, even a very long one, is a few MB. */
export const MAX_STORY_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Why a story file cannot be used: 'future-version' when a newer Newsdesk wrote it (show it
 * read-only, never write it), 'damaged' for everything else.
 */
export type StoryFileProblemKind = 'future-version' | 'damaged';

/**
 * A story file's contents, or why it cannot be used. `migratedFrom` is set when the file
 * is in an older story format and was migrated in memory (the file itself is unchanged),
 * so the caller can keep a copy of the old file before saving over it.
 */
export type ParsedStoryFile =
  | { ok: true; story: Story; migratedFrom?: number }
  | { ok: false; reason: string; kind: StoryFileProblemKind };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function damaged(reason: string): ParsedStoryFile {
  return { ok: false, reason, kind: 'damaged' };
}

/** The file's text; bytes are decoded strictly, so a flipped bit is reported, not turned into "�". */
function decode(content: string | Uint8Array): string | ParsedStoryFile {
  if (typeof content === 'string') return content.startsWith('\uFEFF') ? content.slice(1) : content;
  try {
    // The decoder drops a leading byte order mark, which some Windows editors add.
    return utf8.decode(content);
  } catch {
    return damaged('story.json is not valid UTF-8 text (some bytes are corrupted).');
  }
}

function describeVersion(claimed: unknown): string {
  if (claimed === undefined) return 'schemaVersion is missing';
  if (typeof claimed === 'number') return `schemaVersion is ${claimed}`;
  if (typeof claimed === 'string') return `schemaVersion is the text "${claimed.slice(0, 20)}${claimed.length > 20 ? '…' : ''}", not a number`;
  return `schemaVersion is ${claimed === null ? 'null' : Array.isArray(claimed) ? 'a list' : `a ${typeof claimed}`}, not a number`;
}

/**
 * Checks a `story.json`: at most MAX_STORY_FILE_BYTES, valid UTF-8 (when given bytes, which
 * is best) and JSON, not nested absurdly deep, not from a newer Newsdesk, matching the story
 * schema after migrating an older format, and carrying the id of the folder it sits in.
 * Never throws, whatever the content.
 */
export function parseStoryFile(content: string | Uint8Array, folderId: string): ParsedStoryFile {
  // A string's UTF-8 size is at least its length, so this check is cheap and never too strict for ASCII.
  if (content.length > MAX_STORY_FILE_BYTES) {
    const mb = (content.length / (1024 * 1024)).toFixed(0);
    return damaged(`story.json is too large to be a story (${mb} MB; the limit is ${MAX_STORY_FILE_BYTES / (1024 * 1024)} MB).`);
  }
  const text = decode(content);
  if (typeof text !== 'string') return text;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return damaged(text.trim() === '' ? 'story.json is empty.' : `story.json is not valid JSON (${detail.slice(0, 200)}).`);
  }
  if (exceedsJsonDepth(data)) return damaged(`story.json is nested more than ${MAX_STORY_JSON_DEPTH} levels deep, which no story is.`);
  const version = storyFormatOf(data);
  if (version !== null && version > STORY_SCHEMA_VERSION) {
    return {
      ok: false,
      kind: 'future-version',
      reason: `story.json was written by a newer Newsdesk (story format ${version}; this version reads format ${STORY_SCHEMA_VERSION}). It is shown read-only and never changed here; update Newsdesk to open it.`,
    };
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && (version === null || version < 1)) {
    return damaged(`story.json has no valid story format number (${describeVersion((data as { schemaVersion?: unknown }).schemaVersion)}).`);
  }
  const migrated = migrateStoryData(data);
  let result: ReturnType<typeof storySchema.safeParse>;
  try {
    result = storySchema.safeParse(migrated.data);
  } catch (error) {
    // The depth check should make this unreachable; a stack overflow must still never escape as a crash.
    const detail = error instanceof Error ? error.message : String(error);
    return damaged(`story.json could not be checked (${detail.slice(0, 200)}).`);
  }
  if (!result.success) {
    const issues = describeIssues(result.error);
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    const shown = issues.slice(0, 5).map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line));
    return damaged(`story.json does not match the story format: ${shown.join('; ')}${more}.`);
  }
  if (result.data.id !== folderId) {
    return damaged(`story.json belongs to story ${result.data.id} but sits in folder ${folderId}.`);
  }
  return migrated.from < STORY_SCHEMA_VERSION ? { ok: true, story: result.data, migratedFrom: migrated.from } : { ok: true, story: result.data };
}
