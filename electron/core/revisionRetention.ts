/** What retention needs to know about one revision (all of it is in the file name). */
export interface RetentionEntry {
  revisionId: string;
  /** Milliseconds since the epoch. */
  savedAt: number;
  reason: string;
}

export interface RetentionPolicy {
  /** Everything younger than this is kept. */
  keepAllMs: number;
  /** Up to this age, the newest revision of each calendar day is kept. */
  dailyMs: number;
  /** 'before-restore' revisions (the undo of a restore) are kept at least this long. */
  restoreUndoMs: number;
  /** Never more than this many per story; the oldest go first. */
  maxPerStory: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The policy documented in the README. */
export const DEFAULT_RETENTION: RetentionPolicy = {
  keepAllMs: 24 * HOUR,
  dailyMs: 30 * DAY,
  restoreUndoMs: 30 * DAY,
  maxPerStory: 200,
};

/**
 * Decides which revisions of one story to keep: everything from the last 24 hours; then the
 * newest of each calendar day (local time) up to 30 days back; older than that, the newest of
 * each calendar month. 'before-restore' revisions are kept at least 30 days. Never more than
 * 200 in all: past that, the oldest of the last 24 hours' other versions go first, so a long day
 * of typing never pushes older days and months out. Returns the ids to keep, newest first.
 */
export function revisionsToKeep(entries: readonly RetentionEntry[], now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): string[] {
  const newestFirst = [...entries].sort((a, b) => b.savedAt - a.savedAt || b.revisionId.localeCompare(a.revisionId));
  const nowMs = now.getTime();
  const seenBuckets = new Set<string>();
  // The daily and monthly representatives and the undo of a recent restore are the history itself;
  // the rest of the last 24 hours is detail. The cap trims that detail first (oldest first), so a
  // busy day of typing never pushes older days and months out.
  const essential: RetentionEntry[] = [];
  const detail: RetentionEntry[] = [];
  for (const entry of newestFirst) {
    const age = nowMs - entry.savedAt;
    const bucket = age < policy.dailyMs ? `day:${dayKey(entry.savedAt)}` : `month:${monthKey(entry.savedAt)}`;
    // Newest first, so the first one seen in a bucket is the newest of its day or month.
    const newestOfBucket = !seenBuckets.has(bucket);
    seenBuckets.add(bucket);
    if (newestOfBucket || (entry.reason === 'before-restore' && age < policy.restoreUndoMs)) essential.push(entry);
    // A clock set back makes revisions look as if from the future (negative age): they are kept.
    else if (age < policy.keepAllMs) detail.push(entry);
  }
  const max = Math.max(0, policy.maxPerStory);
  const keptEssential = essential.slice(0, max);
  const keptIds = new Set([...keptEssential, ...detail.slice(0, max - keptEssential.length)].map((e) => e.revisionId));
  return newestFirst.filter((e) => keptIds.has(e.revisionId)).map((e) => e.revisionId);
}

function dayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

function monthKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${d.getMonth() + 1}`;
}
