import { createHash } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { ApiError } from '@shared/api/apiError.ts';
import { REVISION_ID, REVISION_REASONS, type RevisionReason, type RevisionSummary } from '@shared/api/contract.ts';
import { bodyToPlainText } from '@shared/story/bodyToPlainText.ts';
import { countWords } from '@shared/story/countWords.ts';
import { describeIssues } from '@shared/story/describeIssues.ts';
import { exceedsJsonDepth } from '@shared/story/exceedsJsonDepth.ts';
import { migrateStoryData, storyFormatOf } from '@shared/story/migrateStory.ts';
import { storySchema, type Story } from '@shared/story/storySchema.ts';
import { STORY_SCHEMA_VERSION } from '@shared/story/storyFormat.ts';
import { atomicWriteFile, isAtomicTempName } from './atomicWriteFile.ts';
import { checkStoryId } from './checkStoryId.ts';
import { nodeFs, type CoreFs } from './coreFs.ts';
import { fsErrorToApiError, isNodeFsError } from './fsErrorToApiError.ts';
import { guardFs } from './guardFs.ts';
import { DEFAULT_RETENTION, revisionsToKeep, type RetentionPolicy } from './revisionRetention.ts';
import { SerializeByKey } from './serializeByKey.ts';
import { validateStory } from './validateStory.ts';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
const FILE_SUFFIX = '.json.gz';
const FORMAT = 'newsdesk-revision';
/** A revision bigger than this unpacked is not a story Newsdesk wrote (imports are capped at 50 MB). */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

const STRAY_TEMP_AGE_MS = 3_600_000;

/** While a story changes, a revision at most this often (the newest must be at least this old). */
export const REVISION_INTERVAL_MS = 5 * 60_000;

export interface RevisionStoreOptions {
  /** The library folder; revisions live in `<library>/revisions/<storyId>/`. */
  libraryDir: string;
  /** The clock; tests pass their own. */
  now?: () => Date;
  intervalMs?: number;
  retention?: RetentionPolicy;
  /** Where a failure that must not stop the user's work is reported (pruning). */
  log?: (message: string, error: unknown) => void;
  /** The file system; tests pass a fault-injecting wrapper. Defaults to the real one. */
  fs?: CoreFs;
}

/** What the file holds besides the story; also what list() needs. */
interface RevisionFile {
  format: typeof FORMAT;
  formatVersion: 1;
  reason: RevisionReason;
  savedAt: string;
  wordCount: number;
  headline: string;
  /** sha256 of the story without its updatedAt, to skip writing the same content twice. */
  contentHash: string;
  story: Story;
}

type CachedSummary = RevisionSummary & { contentHash: string };

/**
 * Earlier versions of each story: one gzip'd JSON file per revision in `<library>/revisions/<storyId>/`,
 * named `<UTC time to the ms>-<reason>.json.gz` so the names sort by time. Files are written
 * atomically and never changed afterwards; old ones are thinned out by the retention policy.
 */
export class RevisionStore {
  readonly dir: string;
  private readonly now: () => Date;
  private readonly intervalMs: number;
  private readonly retention: RetentionPolicy;
  private readonly log: (message: string, error: unknown) => void;
  private readonly fs: CoreFs;
  private readonly lock = new SerializeByKey();
  /** Revision files never change, so what was read once stays true. Keyed by "<storyId>/<revisionId>". */
  private readonly summaries = new Map<string, CachedSummary>();

  constructor({ libraryDir, now = () => new Date(), intervalMs = REVISION_INTERVAL_MS, retention = DEFAULT_RETENTION, log, fs = nodeFs }: RevisionStoreOptions) {
    this.fs = fs;
    this.dir = path.join(libraryDir, 'revisions');
    this.now = now;
    this.intervalMs = intervalMs;
    this.retention = retention;
    this.log = log ?? ((message, error) => console.error(message, error));
  }

  /**
   * Keeps the story as it is now. If the newest revision already holds the same content
   * (ignoring updatedAt), nothing is written and that revision's id is returned.
   */
  async snapshot(input: Story, reason: RevisionReason): Promise<string> {
    const story = validateStory(input);
    return this.lock.run(story.id, () => this.writeSnapshot(story, reason));
  }

  /**
   * After a save: keeps the saved version as an 'autosave-interval' revision when the story has
   * none yet or its newest is at least five minutes old. Returns the new id, or null if none was due.
   */
  async maybeSnapshot(input: Story): Promise<string | null> {
    const id = checkStoryId(input.id);
    return this.lock.run(id, async () => {
      const newest = (await this.revisionIds(id))[0];
      // A clock set back pauses these revisions until it passes the newest again; explicit ones go on.
      if (newest !== undefined && this.now().getTime() - idTime(newest) < this.intervalMs) return null;
      // Checked only when a revision is due: most saves keep none, and a long story takes milliseconds to check.
      return this.writeSnapshot(validateStory(input), 'autosave-interval');
    });
  }

  /** The story's revisions, newest first. One that cannot be read is left out (and logged). */
  async list(storyId: string): Promise<RevisionSummary[]> {
    const id = checkStoryId(storyId);
    const ids = await this.revisionIds(id);
    const summaries: RevisionSummary[] = [];
    for (const revisionId of ids) {
      try {
        const { contentHash: _hash, ...summary } = await this.summary(id, revisionId);
        summaries.push(summary);
      } catch (error) {
        // Thinned out since the folder was listed: simply no longer there.
        if (error instanceof ApiError && error.code === 'not-found') continue;
        this.log(`Newsdesk: revision ${revisionId} of story ${id} cannot be read; it is left out of the history.`, error);
      }
    }
    return summaries;
  }

  /** The story as kept in one revision. */
  async get(storyId: string, revisionId: string): Promise<Story> {
    return (await this.readRevision(checkStoryId(storyId), checkRevisionId(revisionId))).story;
  }

  /** Deletes the story's revisions that the retention policy no longer keeps; returns their ids. */
  async prune(storyId: string): Promise<string[]> {
    const id = checkStoryId(storyId);
    return this.lock.run(id, () => this.pruneUnlocked(id));
  }

  private async writeSnapshot(story: Story, reason: RevisionReason): Promise<string> {
    const contentHash = hashContent(story);
    const ids = await this.revisionIds(story.id);
    const newest = ids[0];
    if (newest !== undefined) {
      const previous = await this.summary(story.id, newest).catch(() => null);
      if (previous?.contentHash === contentHash) return newest;
    }
    // Strictly after the newest, so names never collide and always sort in the order written.
    const time = Math.max(this.now().getTime(), newest === undefined ? 0 : idTime(newest) + 1);
    const savedAt = new Date(time).toISOString();
    const revisionId = `${compactTime(savedAt)}-${reason}`;
    const file: RevisionFile = {
      format: FORMAT,
      formatVersion: 1,
      reason,
      savedAt,
      wordCount: countWords(bodyToPlainText(story.body)),
      headline: story.headline,
      contentHash,
      story,
    };
    const folder = this.storyDir(story.id);
    await guardFs(async () => {
      await this.fs.mkdir(folder, { recursive: true });
      await atomicWriteFile(path.join(folder, `${revisionId}${FILE_SUFFIX}`), await gzipAsync(JSON.stringify(file)), this.fs);
    });
    this.summaries.set(`${story.id}/${revisionId}`, summaryOf(revisionId, file));
    try {
      await this.pruneUnlocked(story.id);
    } catch (error) {
      // The revision is safely written; old ones simply stay a little longer.
      this.log(`Newsdesk: old revisions of story ${story.id} could not be thinned out.`, error);
    }
    return revisionId;
  }

  private async pruneUnlocked(storyId: string): Promise<string[]> {
    const ids = await this.revisionIds(storyId);
    const entries = ids.map((revisionId) => ({ revisionId, savedAt: idTime(revisionId), reason: idReason(revisionId) }));
    const keep = new Set(revisionsToKeep(entries, this.now(), this.retention));
    const removed = ids.filter((revisionId) => !keep.has(revisionId));
    const folder = this.storyDir(storyId);
    await guardFs(async () => {
      for (const revisionId of removed) {
        await this.fs.rm(path.join(folder, `${revisionId}${FILE_SUFFIX}`), { force: true });
        this.summaries.delete(`${storyId}/${revisionId}`);
      }
      // Temp files of writes cut short by a crash; an hour old, so never one being written right now.
      for (const name of (await this.folderNames(storyId)).filter(isAtomicTempName)) {
        const info = await this.fs.stat(path.join(folder, name)).catch(() => null);
        if (info && info.mtimeMs < this.now().getTime() - STRAY_TEMP_AGE_MS) await this.fs.rm(path.join(folder, name), { force: true });
      }
    });
    return removed;
  }

  private async summary(storyId: string, revisionId: string): Promise<CachedSummary> {
    const key = `${storyId}/${revisionId}`;
    const cached = this.summaries.get(key);
    if (cached) return cached;
    const file = await this.readRevision(storyId, revisionId);
    const summary = summaryOf(revisionId, file);
    this.summaries.set(key, summary);
    return summary;
  }

  private async readRevision(storyId: string, revisionId: string): Promise<RevisionFile> {
    let packed: Buffer;
    try {
      packed = await this.fs.readFile(path.join(this.storyDir(storyId), `${revisionId}${FILE_SUFFIX}`));
    } catch (error) {
      if (isNodeFsError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) {
        throw new ApiError('not-found', 'This earlier version is no longer kept (older versions are thinned out over time). Reopen the history to see the current list.');
      }
      throw fsErrorToApiError(error);
    }
    let data: unknown;
    try {
      data = JSON.parse((await gunzipAsync(packed, { maxOutputLength: MAX_UNPACKED_BYTES })).toString('utf8'));
    } catch (error) {
      throw damaged(`its file is not a readable gzip'd JSON file (${error instanceof Error ? error.message : String(error)})`);
    }
    return parseRevisionFile(data, storyId, revisionId);
  }

  /** The story's revision ids, newest first; [] when it has none. */
  private async revisionIds(storyId: string): Promise<string[]> {
    return (await this.folderNames(storyId))
      .filter((name) => name.endsWith(FILE_SUFFIX))
      .map((name) => name.slice(0, -FILE_SUFFIX.length))
      .filter((id) => REVISION_ID.test(id))
      .sort()
      .reverse();
  }

  private async folderNames(storyId: string): Promise<string[]> {
    try {
      return await this.fs.readdir(this.storyDir(storyId));
    } catch (error) {
      if (isNodeFsError(error) && error.code === 'ENOENT') return [];
      throw fsErrorToApiError(error);
    }
  }

  private storyDir(storyId: string): string {
    return path.join(this.dir, storyId);
  }
}

function parseRevisionFile(data: unknown, storyId: string, revisionId: string): RevisionFile {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FORMAT) {
    throw damaged('it is not a Newsdesk revision file');
  }
  const file = data as Partial<RevisionFile> & { story?: unknown };
  if (exceedsJsonDepth(file.story)) throw damaged('its story is nested absurdly deep');
  const version = storyFormatOf(file.story);
  if (version !== null && version > STORY_SCHEMA_VERSION) {
    throw damaged(`it was written by a newer Newsdesk (story format ${version}); update Newsdesk to open it`);
  }
  // Revisions are never rewritten: one kept in an older story format is brought up to date as it is read.
  const result = storySchema.safeParse(migrateStoryData(file.story).data);
  if (!result.success) throw damaged(`its story does not match the story format: ${describeIssues(result.error).slice(0, 3).join('; ')}`);
  if (result.data.id !== storyId) throw damaged(`it belongs to story ${result.data.id}, not ${storyId}`);
  const story = result.data;
  return {
    format: FORMAT,
    formatVersion: 1,
    reason: idReason(revisionId),
    savedAt: new Date(idTime(revisionId)).toISOString(),
    wordCount: typeof file.wordCount === 'number' ? file.wordCount : countWords(bodyToPlainText(story.body)),
    headline: story.headline,
    contentHash: typeof file.contentHash === 'string' ? file.contentHash : hashContent(story),
    story,
  };
}

function summaryOf(revisionId: string, file: RevisionFile): CachedSummary {
  return { revisionId, savedAt: file.savedAt, reason: file.reason, wordCount: file.wordCount, headline: file.headline, contentHash: file.contentHash };
}

function hashContent(story: Story): string {
  const { updatedAt: _updatedAt, ...content } = story;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** "2025-06-15T12:00:00.123Z" -> "20250615T120000123Z": fixed width, so names sort by time. */
function compactTime(iso: string): string {
  return iso.replace(/[-:.]/g, '');
}

function idTime(revisionId: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(revisionId);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s, ms] = m.map(Number) as [number, number, number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s, ms);
}

function idReason(revisionId: string): RevisionReason {
  const reason = revisionId.slice(revisionId.indexOf('Z-') + 2);
  return REVISION_REASONS.find((r) => r === reason) ?? 'autosave-interval';
}

/** Revision ids become file names: only the exact shape "<time>-<reason>" gets near the disk. */
function checkRevisionId(id: string): string {
  if (typeof id !== 'string' || !REVISION_ID.test(id)) throw new ApiError('bad-input', `"${String(id).slice(0, 80)}" is not a valid revision id.`);
  return id;
}

function damaged(why: string): ApiError {
  return new ApiError('damaged', `This earlier version cannot be read: ${why}. The story itself is not affected.`);
}
