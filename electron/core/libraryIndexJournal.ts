import {
  fromStoredProblem,
  fromStoredSummary,
  isKey,
  isRecord,
  toStoredSummary,
  type DecodedIndexFile,
  type FileKey,
  type IndexFileContent,
  type StoredProblem,
  type StoredStory,
} from './libraryIndexFormat.ts';

/*
 * The journal of the library's summary index, `<library>/index/changes.jsonl`: the changes made
 * since stories.json was last written, so that a save at 10,000 stories appends one line instead
 * of rewriting that whole file (and a text file). One JSON object per line, each tagged `g` with
 * the generation of the stories.json it applies to:
 *   {"g":…,"s":[…stored summary…],"t":"search text"}   a listed story, as it now is
 *   {"g":…,"d":{"problem":…,"key":…}}                   a damaged story
 *   {"g":…,"x":"id"}                                     a story folder that is gone
 *   {"g":…,"f":"ino:mtimeMs"|null}                       the stories folder's key
 * A later line about the same story wins. Lines of another generation are left out: they were
 * written before stories.json was, so it holds them already. The first append after stories.json
 * is written starts the file afresh, so no line ever follows half a line. Like the rest of the
 * index it is a cache, never the truth, and nothing here throws on bad input.
 */
export const JOURNAL_FILE = 'changes.jsonl';

/** One change: a story's entry as it now is, a folder gone, or the stories folder's key. */
export type JournalChange =
  | { story: StoredStory }
  | { damaged: StoredProblem }
  | { gone: string }
  | { folder: FileKey };

/** The line (with its newline) that records this change on top of stories.json of `generation`. */
export function encodeJournalLine(generation: string, change: JournalChange): string {
  let line: unknown;
  if ('story' in change) {
    const { summary, key, text } = change.story;
    line = text === undefined ? { g: generation, s: toStoredSummary(summary, key) } : { g: generation, s: toStoredSummary(summary, key), t: text };
  } else if ('damaged' in change) {
    line = { g: generation, d: { problem: change.damaged.problem, key: change.damaged.key } };
  } else if ('gone' in change) {
    line = { g: generation, x: change.gone };
  } else {
    line = { g: generation, f: change.folder };
  }
  return `${JSON.stringify(line)}\n`;
}

export interface AppliedJournal {
  /** stories.json with the journal's changes: stories no longer in listing order when `changes` > 0. */
  content: IndexFileContent;
  /** How many lines of this generation were applied. */
  changes: number;
  /** A line could not be read, or the last one lacks its newline (a crash in the middle of an append). */
  torn: boolean;
}

/**
 * stories.json's content with the journal's lines applied. After a torn line, and when stories.json
 * itself left out an entry (`complete` false), the folder key is dropped: the next listing lists the
 * folder's names again, and the story files' keys settle the rest.
 */
export function applyJournal(content: DecodedIndexFile, journal: string): AppliedJournal {
  const { generation, complete } = content;
  if (generation === null || journal === '') return { content, changes: 0, torn: false };
  const latest = new Map<string, StoredStory | StoredProblem | null>();
  let folder = content.folder;
  let changes = 0;
  let torn = false;
  let start = 0;
  while (start < journal.length) {
    const end = journal.indexOf('\n', start);
    if (end === -1) {
      torn = true; // even if it reads, a line without its newline was cut short of it
      break;
    }
    const line = journal.slice(start, end);
    start = end + 1;
    if (line === '') continue;
    const change = decodeLine(line);
    if (change === null) {
      torn = true;
      break;
    }
    if (change.g !== generation) continue;
    changes++;
    if ('story' in change) latest.set(change.story.summary.id, change.story);
    else if ('damaged' in change) latest.set(change.damaged.problem.id, change.damaged);
    else if ('gone' in change) latest.set(change.gone, null);
    else folder = change.folder;
  }
  // A folder line would otherwise restore a key that decodeIndexFile dropped.
  if (torn || !complete) folder = null;
  if (changes === 0) return { content: { ...content, folder }, changes, torn };
  const stories: StoredStory[] = [];
  const damaged: StoredProblem[] = [];
  for (const story of content.stories) if (!latest.has(story.summary.id)) stories.push(story);
  for (const problem of content.damaged) if (!latest.has(problem.problem.id)) damaged.push(problem);
  for (const entry of latest.values()) {
    if (entry === null) continue;
    if ('summary' in entry) stories.push(entry);
    else damaged.push(entry);
  }
  return { content: { generation, folder, stories, damaged }, changes, torn };
}

function decodeLine(line: string): (JournalChange & { g: string }) | null {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isRecord(data) || typeof data.g !== 'string') return null;
  const g = data.g;
  if ('s' in data) {
    const story = fromStoredSummary(data.s);
    if (!story || (data.t !== undefined && typeof data.t !== 'string')) return null;
    if (typeof data.t === 'string') story.text = data.t;
    return { g, story };
  }
  if ('d' in data) {
    const damaged = fromStoredProblem(data.d);
    return damaged ? { g, damaged } : null;
  }
  if ('x' in data) return typeof data.x === 'string' ? { g, gone: data.x } : null;
  if ('f' in data) return isKey(data.f) ? { g, folder: data.f } : null;
  return null;
}
