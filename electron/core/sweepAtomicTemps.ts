import path from 'node:path';
import { isAtomicTempName } from './atomicWriteFile.ts';
import type { CoreFs } from './coreFs.ts';
import { isNodeFsError } from './fsErrorToApiError.ts';

/**
 * Removes the temp files that atomicWriteFile leaves only when the process dies mid-write
 * (`.<name>.<hex>.tmp`) from the given folders; returns how many were removed. Only files whose
 * name matches exactly are touched; a folder that vanished meanwhile is skipped.
 */
export async function sweepAtomicTemps(folders: readonly string[], fs: CoreFs): Promise<number> {
  let removed = 0;
  for (const folder of folders) {
    let names: string[];
    try {
      names = await fs.readdir(folder);
    } catch (error) {
      if (isNodeFsError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) continue;
      throw error;
    }
    for (const name of names.filter(isAtomicTempName)) {
      await fs.rm(path.join(folder, name), { force: true });
      removed++;
    }
  }
  return removed;
}
