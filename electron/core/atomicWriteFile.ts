import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { nodeFs, type CoreFileHandle, type CoreFs } from './coreFs.ts';
import { isNodeFsError } from './fsErrorToApiError.ts';

/** Matches the temp files atomicWriteFile leaves only when it is killed mid-write: `.<name>.<12 hex>.tmp`. */
export const ATOMIC_TEMP_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Extra hooks for callers that care about what a failed write leaves behind. */
export interface AtomicWriteOptions {
  /** Called with a temp file that could not be removed after a failure (e.g. the disk went away), so it can be swept later. */
  onStrandedTemp?: (tempPath: string) => void;
}

/**
 * Writes a file so that a crash, a full disk or a power cut leaves either the
 * old file or the new one, never a torn or empty one: write a temp file in the
 * same folder, fsync it, rename it over the target, then fsync the folder.
 * All calls go through `fs` (the real file system unless a test injects faults).
 */
export async function atomicWriteFile(
  target: string,
  data: string | Uint8Array,
  fs: CoreFs = nodeFs,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  let renamed = false;
  try {
    const handle = await fs.open(temp, 'wx', 0o644);
    created = true;
    await useThenClose(handle, temp, async () => {
      await handle.writeFile(data);
      await handle.sync();
    });
    await fs.rename(temp, target);
    renamed = true;
    await fsyncDir(dir, fs);
  } finally {
    if (created && !renamed) {
      await fs.rm(temp, { force: true }).catch(() => options.onStrandedTemp?.(temp));
    }
  }
}

/**
 * Runs work on an open handle and closes it. A failure of close() itself is not reported:
 * it comes either after a successful fsync (the bytes are on disk; Linux frees the descriptor
 * whatever close returns) or after an earlier failure, which is the one worth reporting.
 * Errors from handle calls carry no path in Node; the path is added so the message can name the folder.
 */
async function useThenClose(handle: CoreFileHandle, file: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (isNodeFsError(error) && error.path === undefined) error.path = file;
    throw error;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function fsyncDir(dir: string, fs: CoreFs): Promise<void> {
  // Windows cannot open a directory for fsync; the rename is durable there once it returns.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  await useThenClose(handle, dir, () => handle.sync());
}

/** True if a file name looks like an atomicWriteFile temp file (see {@link ATOMIC_TEMP_PATTERN}). */
export function isAtomicTempName(name: string): boolean {
  return ATOMIC_TEMP_PATTERN.test(name);
}
