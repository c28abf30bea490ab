import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { atomicWriteFile } from './atomicWriteFile.ts';
import type { CoreFs } from './coreFs.ts';
import { isNodeFsError } from './fsErrorToApiError.ts';
import { decodeIndexFile, encodeIndexFile, INDEX_FILE, type FileKey, type IndexFileContent } from './libraryIndexFormat.ts';
import { applyJournal, encodeJournalLine, JOURNAL_FILE, type JournalChange } from './libraryIndexJournal.ts';
import type { IndexEntry } from './readIndexEntry.ts';
import type { SearchTextShards } from './SearchTextShards.ts';

/** Past this size the journal is folded into stories.json at the next write (it is read whole on a cold start). */
const JOURNAL_MAX_BYTES = 4 * 1024 * 1024;

export interface LibraryIndexFilesOptions {
  /** `<library>/index`. */
  dir: string;
  fs: CoreFs;
  texts: SearchTextShards;
  /** The index's entries as they are now: a changed story's journal line is made from its entry. */
  entries: () => Map<string, IndexEntry>;
  /** The stories folder's key as it is now. */
  folderStamp: () => FileKey;
  /** stories.json's content as it is now, stories in listing order. */
  snapshot: () => Omit<IndexFileContent, 'generation'>;
  /** Where failures no caller waits for go (a missing file is normal, not an error). */
  onError: (error: unknown) => void;
}

/**
 * The files of the library index on disk (see libraryIndexFormat.ts and libraryIndexJournal.ts):
 * reads stories.json with its journal applied, keeps track of what changed since, and writes it,
 * as lines appended to the journal or, when needed, as stories.json and the text files whole.
 * stories.json is written whole after a rebuild, past JOURNAL_MAX_BYTES of journal, after a failed
 * write, when the journal read had a torn line or stories.json an entry that did not check out, and
 * on close. A write never covers an index not read yet: the caller reads first.
 */
export class LibraryIndexFiles {
  private readonly options: LibraryIndexFilesOptions;
  /** The generation of stories.json as last read or written (null: none to append to), and the bytes of its journal. */
  private generation: string | null = null;
  private journalBytes = 0;
  /** stories.json was just written whole: the next append replaces the journal's stale lines (if its removal failed). */
  private journalRetired = false;
  /** Changes not written yet: the stories changed, the stories folder's key, and whether stories.json must be written whole. */
  private readonly changedIds = new Set<string>();
  private folderChanged = false;
  private wholeNeeded = false;

  constructor(options: LibraryIndexFilesOptions) {
    this.options = options;
  }

  /**
   * stories.json with the journal's changes applied, and how many there were (then the stories are
   * not in listing order); null when there is no usable stories.json, and the index must be rebuilt.
   */
  async read(): Promise<{ content: IndexFileContent; changes: number } | null> {
    const [text, journal] = await Promise.all([this.readOptional(INDEX_FILE), this.readOptional(JOURNAL_FILE)]);
    const stored = text === null ? null : decodeIndexFile(text);
    if (!stored) return null;
    const { content, changes, torn } = applyJournal(stored, journal ?? '');
    this.generation = content.generation;
    this.journalBytes = journal === null ? 0 : Buffer.byteLength(journal);
    // Lines after a torn one would be lost to the next reader, and an entry that did not check out
    // stays in stories.json until it is written again: either way, the next write is whole.
    if (torn || !stored.complete) this.wholeNeeded = true;
    // A text from the journal is newer than its text file: the file is written again with stories.json.
    for (const story of content.stories) if (story.text !== undefined) this.options.texts.markDirty(story.summary.id);
    return { content, changes };
  }

  /** This story's entry changed, or went. */
  storyChanged(id: string): void {
    this.changedIds.add(id);
  }

  /** The stories folder's key changed. */
  folderKeyChanged(): void {
    this.folderChanged = true;
  }

  /** Everything was read again from the story files: the next write is whole. */
  rebuilt(): void {
    this.wholeNeeded = true;
  }

  /** The index is closing: the next write folds the journal into stories.json, so the next process reads one file. */
  closing(): void {
    if (this.journalBytes > 0 || this.options.texts.hasDirty) this.wholeNeeded = true;
  }

  /** Something waits to be written. */
  get pending(): boolean {
    return this.changedIds.size > 0 || this.folderChanged || this.wholeNeeded;
  }

  /** Writes what changed; on failure it stays pending (for a whole write) and the error is thrown. */
  async write(): Promise<void> {
    if (!this.pending) return;
    const ids = [...this.changedIds];
    const folderChanged = this.folderChanged;
    const lines = this.wholeNeeded || this.generation === null ? null : this.journalLines(this.generation, ids, folderChanged);
    this.changedIds.clear();
    this.folderChanged = false;
    this.wholeNeeded = false;
    try {
      if (lines !== null && this.journalBytes + Buffer.byteLength(lines) <= JOURNAL_MAX_BYTES) await this.append(lines);
      else await this.writeWhole();
    } catch (error) {
      for (const id of ids) this.changedIds.add(id);
      this.folderChanged ||= folderChanged;
      // A failed append may have left half a line, which would hide the lines after it: the next write starts afresh.
      this.wholeNeeded = true;
      throw error;
    }
  }

  /** The journal's lines for these changes, on top of stories.json of `generation`. */
  private journalLines(generation: string, ids: readonly string[], folderChanged: boolean): string {
    let lines = '';
    for (const id of ids) lines += encodeJournalLine(generation, this.changeOf(id));
    if (folderChanged) lines += encodeJournalLine(generation, { folder: this.options.folderStamp() });
    return lines;
  }

  private changeOf(id: string): JournalChange {
    const entry = this.options.entries().get(id);
    if (!entry) return { gone: id };
    if (!entry.ok) return { damaged: { problem: entry.problem, key: entry.key } };
    return { story: { ok: true, summary: entry.summary, key: entry.key, text: entry.text } };
  }

  /** Appends lines to the journal. No fsync: the index is a cache, and a torn line is detected when read. */
  private async append(lines: string): Promise<void> {
    if (lines === '') return;
    // Into the index folder, which exists (stories.json was read from it or written to it) unless the library vanished.
    const handle = await this.options.fs.open(path.join(this.options.dir, JOURNAL_FILE), this.journalRetired ? 'w' : 'a');
    try {
      await handle.writeFile(lines);
    } finally {
      await handle.close();
    }
    this.journalRetired = false;
    this.journalBytes += Buffer.byteLength(lines);
  }

  /** Writes the text files marked dirty, then stories.json under a new generation, which retires the journal. */
  private async writeWhole(): Promise<void> {
    const { dir, fs } = this.options;
    await fs.mkdir(dir).catch((error: unknown) => {
      if (!isNodeFsError(error) || error.code !== 'EEXIST') throw error; // not recursive: a vanished library is not recreated
    });
    // Texts first: a text newer than the index is never used (it does not match), so a crash in between costs nothing.
    await this.options.texts.writeDirty();
    const generation = randomBytes(6).toString('hex');
    await atomicWriteFile(path.join(dir, INDEX_FILE), encodeIndexFile({ ...this.options.snapshot(), generation }), fs);
    this.generation = generation;
    this.journalBytes = 0;
    this.journalRetired = true;
    // Its lines are of the old generation now, so a failure here costs only disk space until the next compaction.
    await fs.unlink(path.join(dir, JOURNAL_FILE)).catch((error: unknown) => {
      if (!isNodeFsError(error) || error.code !== 'ENOENT') this.options.onError(error);
    });
  }

  /** An index file's text; null when it is missing or cannot be read (then reported). */
  private async readOptional(name: string): Promise<string | null> {
    try {
      return await this.options.fs.readTextFile(path.join(this.options.dir, name));
    } catch (error) {
      if (!isNodeFsError(error) || error.code !== 'ENOENT') this.options.onError(error);
      return null;
    }
  }
}
