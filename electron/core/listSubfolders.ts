import { readdir } from 'node:fs/promises';
import { isNodeFsError } from './fsErrorToApiError.ts';

/** Names of the sub-folders of a folder, skipping hidden ones; a missing folder has none. */
export async function listSubfolders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
  } catch (error) {
    if (isNodeFsError(error) && error.code === 'ENOENT') return [];
    throw error;
  }
}
