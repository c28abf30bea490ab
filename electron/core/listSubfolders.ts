import { nodeFs, type CoreFs } from './coreFs.ts';
import { isNodeFsError } from './fsErrorToApiError.ts';

/** Names of the sub-folders of a folder, skipping hidden ones; a missing folder has none. */
export async function listSubfolders(dir: string, fs: CoreFs = nodeFs): Promise<string[]> {
  try {
    const entries = await fs.readdirEntries(dir);
    return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
  } catch (error) {
    if (isNodeFsError(error) && error.code === 'ENOENT') return [];
    throw error;
  }
}
