import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

function codeOf(error: unknown): string | undefined {
  const code: unknown = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** An error shaped as Node's own file system errors are, so fsErrorToApiError words it for the user. */
function fsError(code: string, message: string, folder: string): Error {
  return Object.assign(new Error(`${code}: ${message}, mkdir '${folder}'`), { code, path: folder, syscall: 'mkdir' });
}

/**
 * Creates `dir` and every missing folder above it, one level at a time, and returns the folders it
 * created, outermost first (so a caller can remove them again, innermost first).
 *
 * Node's `mkdir(dir, { recursive: true })` is not used: where a folder exists but refuses new entries
 * with ENOENT, as Linux's /proc does, it finds the parent present and tries again, forever, on a worker
 * thread of its own. Here such a refusal is reported as a folder that cannot be written to (EROFS).
 */
export async function makeFolders(dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (let at = path.resolve(dir); ; ) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(at)).isDirectory();
    } catch (error) {
      // ENOTDIR: a file stands where a folder above this one should be; fsErrorToApiError says so.
      if (codeOf(error) !== 'ENOENT') throw error;
      missing.push(at);
      const parent = path.dirname(at);
      if (parent === at) break;
      at = parent;
      continue;
    }
    if (!isFolder) throw fsError('ENOTDIR', 'not a directory', at);
    break;
  }
  const created: string[] = [];
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder);
      created.push(folder);
    } catch (error) {
      const code = codeOf(error);
      // Made meanwhile by someone else: fine, as long as it is a folder.
      if (code === 'EEXIST' && (await stat(folder)).isDirectory()) continue;
      if (code === 'ENOENT') throw fsError('EROFS', 'no new folder can be made here', folder);
      throw error;
    }
  }
  return created;
}
