import type { Story } from '@shared/story/storySchema.ts';
import type { CoreFs } from './coreFs.ts';
import { fsErrorToApiError, isNodeFsError } from './fsErrorToApiError.ts';

/** A story file as this process last wrote it: its exact bytes and the story they hold (never changed afterwards). */
export interface WrittenStoryFile {
  bytes: Buffer;
  story: Story;
}

/** How many stories' last writes are remembered; older ones are simply read and checked again. */
const DEFAULT_CAPACITY = 16;

/**
 * The bytes of the story files written last, newest last, a few at most. A save compares the file
 * on disk with them: while the file still holds exactly what was written, its times are known and
 * it need not be parsed and validated again. Anything else (another program's write, a damaged
 * file, a story not saved in this process yet) is not found here and gets the full check.
 */
export class WrittenStoryFiles {
  private readonly files = new Map<string, WrittenStoryFile>();

  constructor(private readonly capacity: number = DEFAULT_CAPACITY) {}

  /** Records what was just written to the story's file. */
  remember(id: string, file: WrittenStoryFile): void {
    this.files.delete(id);
    this.files.set(id, file);
    while (this.files.size > this.capacity) {
      const oldest = this.files.keys().next().value;
      if (oldest === undefined) break;
      this.files.delete(oldest);
    }
  }

  /**
   * The story's last write when its file (`file`, read through `fs`) still holds exactly those
   * bytes; null when it holds anything else, is gone, or was not written here. A file of another
   * length is not read at all. Other failures are the disk's, reported as a full read reports them.
   */
  async unchangedOnDisk(id: string, file: string, fs: CoreFs): Promise<WrittenStoryFile | null> {
    const size = this.sizeOf(id);
    if (size === null) return null;
    try {
      if ((await fs.stat(file)).size !== size) return null;
      return this.matching(id, await fs.readFile(file));
    } catch (error) {
      // Gone: the full read that follows tells a missing story from a damaged one.
      if (isNodeFsError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return null;
      throw fsErrorToApiError(error);
    }
  }

  /** The last write of the story when `bytes` are exactly its bytes, else null. */
  matching(id: string, bytes: Uint8Array): WrittenStoryFile | null {
    const file = this.files.get(id);
    return file && file.bytes.equals(bytes) ? file : null;
  }

  /** The length of the story's last write, if it is remembered (to skip reading a file of another length). */
  sizeOf(id: string): number | null {
    return this.files.get(id)?.bytes.byteLength ?? null;
  }

  forget(id: string): void {
    this.files.delete(id);
  }
}
