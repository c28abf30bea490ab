import path from 'node:path';
import type { DamagedStory, LibraryListing, StorySummary } from '@shared/api/contract.ts';
import type { Story } from '@shared/story/storySchema.ts';
import type { CoreFs } from './coreFs.ts';
import { DebouncedWriter } from './DebouncedWriter.ts';
import { fsErrorToApiError, isNodeFsError } from './fsErrorToApiError.ts';
import { guardFs } from './guardFs.ts';
import type { IndexFileContent } from './libraryIndexFormat.ts';
import { LibraryIndexFiles } from './LibraryIndexFiles.ts';
import { listSubfolders } from './listSubfolders.ts';
import { mapWithConcurrency } from './mapWithConcurrency.ts';
import { pathExists } from './pathExists.ts';
import { readIndexEntry, sameEntry, storyFileKey, type IndexEntry, type ReadStory, type StoryEntry } from './readIndexEntry.ts';
import { matchesAllTerms, searchTerms } from './searchStories.ts';
import { SearchTextShards } from './SearchTextShards.ts';
import { summarizeStory } from './summarizeStory.ts';

export type { ReadStory } from './readIndexEntry.ts';

/** A folder time is trusted only when it is older than this: a change in the same clock tick (2 s on FAT) would not move it. */
const RACY_MS = 3000;
/** A rebuild of at least this many stories is written at once rather than after the quiet time. */
const REBUILD_WRITTEN_AT_ONCE = 200;
/** While saves keep coming, the index is still written at least this often. */
const MAX_WRITE_DELAY_MS = 10_000;

export interface LibraryIndexOptions {
  libraryDir: string;
  storiesDir: string;
  fs: CoreFs;
  /** The library's reader: checks the file and keeps a damaged file's bytes aside. */
  readStory: (id: string) => Promise<ReadStory | null>;
  /** Quiet time after a change before the index files are written; null: only by flush(). */
  writeDelayMs: number | null;
  /** Where failures of background work go (the index is a cache: they never fail a call). */
  onError: (error: unknown) => void;
}

/**
 * What the library lists and searches, kept in memory and in `<library>/index/` (see
 * libraryIndexFormat.ts) so that a new process lists 10,000 stories without reading them. The
 * story files are the truth; the index is a cache that repairs itself from them:
 * - Folders added or removed (by anyone) show at the next list(): it stats the stories folder and
 *   lists its names again only when its time changed.
 * - Stories this process wrote are re-read at the next list(), which learns their file keys.
 * - A story.json changed in place by another program (an editor, a sync tool) shows once the
 *   background check, started by a list() without query, has compared every file's identity, size
 *   and time with the index — so in the list() after that. Stat'ing every file on the listing
 *   path would cost several times reading the whole index, and searches never stat at all.
 * - A missing, torn, foreign or older index is ignored and rebuilt by reading every story.
 * Changes are written debounced and on flush(), mostly as lines appended to a journal (see
 * LibraryIndexFiles.ts): a save at 10,000 stories appends its story's line rather than rewriting
 * every summary. A crash loses only the latest changes, which the next open repairs as above.
 */
export class LibraryIndex {
  /** `<library>/index`: its temp files are swept by the library's recovery. */
  readonly dir: string;
  private readonly options: LibraryIndexOptions;
  private readonly entryMap = new Map<string, IndexEntry>();
  /** Stories read from the index file, not yet in entryMap: a cold listing does not need the map. */
  private fromFile: StoryEntry[] | null = null;
  /** Ids of entries whose file key is not known (so they are read at the next list()), and of damaged ones. */
  private readonly unverified = new Set<string>();
  private readonly problems = new Set<string>();
  private sorted: StoryEntry[] | null = null;
  /** The summaries of `sorted`, the answer to a plain listing. */
  private listed: StorySummary[] | null = null;
  /** The stories folder's `ino:mtimeMs` when its names were last listed, if trusted (see RACY_MS). */
  private folderStamp: string | null = null;
  /** Our own writes, trashes and restores, by id: a read that started before one must not undo it. */
  private readonly touched = new Map<string, number>();
  private clock = 0;
  private loading: Promise<void> | null = null;
  private rebuilding = false;
  private queue: Promise<void> = Promise.resolve();
  private check: Promise<void> | null = null;
  private checksStarted = 0;
  private readonly texts: SearchTextShards;
  private readonly files: LibraryIndexFiles;
  private readonly writer: DebouncedWriter;
  private closed = false;

  constructor(options: LibraryIndexOptions) {
    this.options = options;
    this.dir = path.join(options.libraryDir, 'index');
    this.texts = new SearchTextShards({ dir: this.dir, fs: options.fs, entries: () => this.entries, onError: options.onError });
    this.files = new LibraryIndexFiles({
      dir: this.dir,
      fs: options.fs,
      texts: this.texts,
      entries: () => this.entries,
      folderStamp: () => this.folderStamp,
      snapshot: () => this.snapshot(),
      onError: options.onError,
    });
    this.writer = new DebouncedWriter(() => this.writeDirty(), options.writeDelayMs, MAX_WRITE_DELAY_MS, (error) => this.reportWriteError(error));
  }

  private get entries(): Map<string, IndexEntry> {
    if (this.fromFile) {
      const loaded = this.fromFile;
      this.fromFile = null;
      for (const entry of loaded) if (!this.entryMap.has(entry.summary.id)) this.entryMap.set(entry.summary.id, entry);
    }
    return this.entryMap;
  }

  /** The listing (newest change first), or the stories containing every word of the query. */
  async list(query?: string): Promise<LibraryListing> {
    const terms = searchTerms(query);
    await this.exclusive(() => this.sync());
    // Typing a search must stay cheap, so only a plain listing (and the very first) starts a check.
    if (terms.length === 0 || this.checksStarted === 0) this.startCheck();
    if (terms.length > 0) await this.loadTexts();
    let stories: StorySummary[];
    if (terms.length === 0) {
      this.listed ??= this.sortedStories().map((entry) => entry.summary);
      stories = this.listed.slice();
    } else {
      stories = [];
      for (const entry of this.sortedStories()) if (matchesAllTerms(entry.text ?? '', terms)) stories.push(entry.summary);
    }
    const damaged: DamagedStory[] = [];
    for (const id of this.problems) {
      const entry = this.entries.get(id);
      if (entry && !entry.ok) damaged.push(entry.problem);
    }
    damaged.sort((a, b) => a.id.localeCompare(b.id));
    return { stories, damaged };
  }

  /** After this process wrote a story file: the story's new entry, at once. */
  put(story: Story): void {
    this.touch(story.id);
    const { summary, searchText } = summarizeStory(story);
    // The file's key is not known without a stat, which a save must not pay for: learnt at the next list().
    this.set(story.id, { ok: true, key: null, summary, text: searchText });
  }

  /** After a story folder left or came back (trash, restore): what is known about it is dropped. */
  forget(id: string): void {
    this.touch(id);
    if (this.entries.has(id)) this.drop(id);
    // Before the index is read, its entry is not in memory yet: the journal still needs the change.
    else this.markChanged(id);
  }

  /** Resolves when the background check of the story files (and the loading of search texts after it) has finished. */
  async idle(): Promise<void> {
    while (this.check) await this.check;
  }

  /** Writes pending changes of the index now. */
  async flush(): Promise<void> {
    await guardFs(() => this.writer.flush());
  }

  /** Writes pending changes and stops background work (hosts call it on shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    this.writer.stop();
    this.files.closing();
    await this.flush();
  }

  /** Brings the entries in line with the story folders; serialized by the caller. */
  private async sync(): Promise<void> {
    const [folder] = await Promise.all([this.folderInfo(), this.load()]);
    if (folder === null || folder.key !== this.folderStamp) await this.reconcile(folder);
    await this.refresh([...this.unverified]);
    if (this.rebuilding) {
      this.rebuilding = false;
      this.texts.markAllDirty();
      this.files.rebuilt();
      // After reading many stories, write at once, so that even a short-lived process saves the next one the work.
      if (this.entries.size >= REBUILD_WRITTEN_AT_ONCE) this.writer.soon();
      else this.writer.changed();
    }
  }

  private async folderInfo(): Promise<{ key: string; mtimeMs: number } | null> {
    try {
      const info = await this.options.fs.stat(this.options.storiesDir);
      return { key: `${info.ino}:${info.mtimeMs}`, mtimeMs: info.mtimeMs };
    } catch (error) {
      if (isNodeFsError(error) && error.code === 'ENOENT') return null;
      throw fsErrorToApiError(error);
    }
  }

  /** Lists the story folders: gone ones are dropped, new ones read. */
  private async reconcile(folder: { key: string; mtimeMs: number } | null): Promise<void> {
    const since = this.clock;
    const names = await guardFs(() => listSubfolders(this.options.storiesDir, this.options.fs));
    const present = new Set(names);
    for (const id of [...this.entries.keys()]) if (!present.has(id) && !this.touchedSince(id, since)) this.drop(id);
    await this.refresh(names.filter((name) => !this.entries.has(name)));
    const stamp = folder !== null && Date.now() - folder.mtimeMs > RACY_MS ? folder.key : null;
    if (stamp !== this.folderStamp) {
      this.folderStamp = stamp;
      this.files.folderKeyChanged();
      this.writer.changed();
    }
  }

  /** Reads these stories again and takes what was found, unless our own change to one came in meanwhile. */
  private async refresh(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const since = this.clock;
    const fresh = await mapWithConcurrency(ids, 32, (id) => readIndexEntry(id, this.options));
    ids.forEach((id, i) => {
      if (this.touchedSince(id, since)) return;
      const entry = fresh[i];
      if (entry) this.set(id, entry);
      else if (this.entries.has(id)) this.drop(id);
    });
  }

  private startCheck(): void {
    if (this.closed || this.check) return;
    this.checksStarted++;
    // After the listing is answered; then the search texts are loaded, so that the first search does not wait for them.
    this.check = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.checkFiles())
      .then(() => this.loadTexts())
      .catch((error: unknown) => this.options.onError(error))
      .finally(() => {
        this.check = null;
      });
  }

  /** The background check: stats every story file and reads again those whose key changed. */
  private async checkFiles(): Promise<void> {
    const ids = [...this.entries.keys()];
    const keys = await mapWithConcurrency(ids, 16, (id) => storyFileKey(id, this.options));
    const changed = ids.filter((id, i) => {
      const entry = this.entries.get(id);
      return entry !== undefined && (entry.key === null || entry.key !== keys[i]);
    });
    if (changed.length > 0) await this.exclusive(() => this.refresh(changed));
  }

  private load(): Promise<void> {
    this.loading ??= this.readIndexFile();
    return this.loading;
  }

  private async readIndexFile(): Promise<void> {
    const read = await this.files.read();
    if (!read) {
      // Every story will be read, so every text will be in memory: the old text files are not needed.
      this.rebuilding = true;
      this.texts.markAllLoaded();
      return;
    }
    const { content, changes } = read;
    // The file lists the stories in listing order: on the cold path nothing needs sorting.
    const sorted: StoryEntry[] = [];
    const listed: StorySummary[] = [];
    for (const entry of content.stories) {
      const { id } = entry.summary;
      if (this.touched.has(id)) continue;
      sorted.push(entry);
      listed.push(entry.summary);
      if (entry.key === null) this.unverified.add(id);
    }
    this.fromFile = sorted;
    for (const { problem: found, key } of content.damaged) {
      if (this.touched.has(found.id)) continue;
      this.entryMap.set(found.id, { ok: false, key, problem: found });
      this.problems.add(found.id);
      if (key === null) this.unverified.add(found.id);
    }
    this.folderStamp = content.folder;
    // Journaled stories come after the others: only a file without changes is in listing order.
    const inOrder = this.touched.size === 0 && changes === 0;
    this.sorted = inOrder ? sorted : null;
    this.listed = inOrder ? listed : null;
  }

  /** Search texts come from the text files on the first search; those missing or stale are made from the stories. */
  private async loadTexts(): Promise<void> {
    await this.texts.loadAll();
    const missing: string[] = [];
    for (const [id, entry] of this.entries) if (entry.ok && entry.text === undefined) missing.push(id);
    if (missing.length > 0) await this.exclusive(() => this.refresh(missing));
  }

  private sortedStories(): StoryEntry[] {
    if (!this.sorted) {
      const sorted: StoryEntry[] = [];
      for (const entry of this.entries.values()) if (entry.ok) sorted.push(entry);
      sorted.sort((a, b) => timeOf(b) - timeOf(a) || a.summary.id.localeCompare(b.summary.id));
      this.sorted = sorted;
    }
    return this.sorted;
  }

  private track(id: string, entry: IndexEntry | null): void {
    if (entry?.key === null) this.unverified.add(id);
    else this.unverified.delete(id);
    if (entry?.ok === false) this.problems.add(id);
    else this.problems.delete(id);
  }

  private touch(id: string): void {
    this.touched.set(id, ++this.clock);
  }

  private touchedSince(id: string, since: number): boolean {
    return (this.touched.get(id) ?? 0) > since;
  }

  private set(id: string, entry: IndexEntry): void {
    const old = this.entries.get(id);
    if (old && sameEntry(old, entry)) return; // nothing new to write
    this.entries.set(id, entry);
    this.track(id, entry);
    this.sorted = null;
    this.listed = null;
    if (entry.ok && entry.text !== undefined) this.texts.markDirty(id);
    this.markChanged(id);
  }

  private drop(id: string): void {
    this.entries.delete(id);
    this.track(id, null);
    this.sorted = null;
    this.listed = null;
    this.markChanged(id);
  }

  /** Runs listing work one job at a time, so two listings never read the same stories twice. */
  private exclusive(job: () => Promise<void>): Promise<void> {
    const run = this.queue.then(job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private markChanged(id: string): void {
    this.files.storyChanged(id);
    this.writer.changed();
  }

  private async writeDirty(): Promise<void> {
    if (!this.files.pending) return;
    // Never write over an index that was not read yet: its entries would be lost.
    await this.load();
    await this.files.write();
  }

  private snapshot(): Omit<IndexFileContent, 'generation'> {
    const damaged: IndexFileContent['damaged'] = [];
    for (const entry of this.entries.values()) if (!entry.ok) damaged.push({ problem: entry.problem, key: entry.key });
    return { folder: this.folderStamp, stories: this.sortedStories(), damaged };
  }

  /** A failed background write is reported, unless the library folder itself is gone (then there is nothing to index). */
  private reportWriteError(error: unknown): void {
    pathExists(this.options.libraryDir, this.options.fs).then(
      (exists) => exists && this.options.onError(error),
      () => this.options.onError(error),
    );
  }
}

function timeOf(entry: StoryEntry): number {
  entry.time ??= Date.parse(entry.summary.updatedAt);
  return entry.time;
}
