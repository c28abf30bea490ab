import path from 'node:path';
import { atomicWriteFile } from './atomicWriteFile.ts';
import type { CoreFs } from './coreFs.ts';
import { isNodeFsError } from './fsErrorToApiError.ts';
import { decodeTextFile, encodeTextFile, TEXT_SHARDS, textShardFile, textShardOf, type TextRecord } from './libraryIndexFormat.ts';
import type { IndexEntry } from './readIndexEntry.ts';

export interface SearchTextShardsOptions {
  /** `<library>/index`. */
  dir: string;
  fs: CoreFs;
  /** The index's entries: texts are read into them and written from them. */
  entries: () => Map<string, IndexEntry>;
  /** Where a failed read goes (a missing file is normal, not an error). */
  onError: (error: unknown) => void;
}

/**
 * The search texts of the library index, spread over TEXT_SHARDS files (see libraryIndexFormat.ts):
 * which files were read into the entries, which must be written again, and the reading and writing.
 * A text is taken from a file only when it was made from exactly the entry's version of the story.
 */
export class SearchTextShards {
  private readonly options: SearchTextShardsOptions;
  private readonly loaded = new Set<number>();
  private readonly dirty = new Set<number>();
  private loadingAll: Promise<void> | null = null;

  constructor(options: SearchTextShardsOptions) {
    this.options = options;
  }

  /** A rebuild reads every story, so every text is in memory: no file needs reading. */
  markAllLoaded(): void {
    for (let shard = 0; shard < TEXT_SHARDS; shard++) this.loaded.add(shard);
  }

  /** Every file must be written again (after a rebuild). */
  markAllDirty(): void {
    for (let shard = 0; shard < TEXT_SHARDS; shard++) this.dirty.add(shard);
  }

  /** The file holding this story's text must be written again. */
  markDirty(id: string): void {
    this.dirty.add(textShardOf(id));
  }

  /** Some file is waiting to be written. */
  get hasDirty(): boolean {
    return this.dirty.size > 0;
  }

  /** Reads every text file not read yet into the entries (once; later calls wait for the same reading). */
  async loadAll(): Promise<void> {
    this.loadingAll ??= Promise.all(Array.from({ length: TEXT_SHARDS }, (_, shard) => this.load(shard))).then(() => undefined);
    await this.loadingAll;
  }

  /** Writes the files marked dirty (into an existing folder); on failure they stay marked and the error is thrown. */
  async writeDirty(): Promise<void> {
    const shards = [...this.dirty];
    this.dirty.clear();
    try {
      for (const shard of shards) {
        // The texts of this file that are not in memory yet would be lost by writing it.
        await this.load(shard);
        await atomicWriteFile(path.join(this.options.dir, textShardFile(shard)), encodeTextFile(this.textsOf(shard)), this.options.fs);
      }
    } catch (error) {
      for (const shard of shards) this.dirty.add(shard);
      throw error;
    }
  }

  private async load(shard: number): Promise<void> {
    if (this.loaded.has(shard)) return;
    let text: string | null = null;
    try {
      text = await this.options.fs.readTextFile(path.join(this.options.dir, textShardFile(shard)));
    } catch (error) {
      if (!isNodeFsError(error) || error.code !== 'ENOENT') this.options.onError(error);
    }
    if (this.loaded.has(shard)) return;
    const entries = this.options.entries();
    for (const record of text === null ? [] : decodeTextFile(text)) {
      const entry = entries.get(record.id);
      if (entry?.ok && entry.text === undefined && entry.key === record.key && entry.summary.updatedAt === record.updatedAt) entry.text = record.text;
    }
    this.loaded.add(shard);
  }

  private textsOf(shard: number): TextRecord[] {
    const texts: TextRecord[] = [];
    for (const [id, entry] of this.options.entries()) {
      if (entry.ok && entry.text !== undefined && textShardOf(id) === shard) texts.push({ id, updatedAt: entry.summary.updatedAt, key: entry.key, text: entry.text });
    }
    return texts;
  }
}
