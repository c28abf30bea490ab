import { nodeFs, type CoreFs } from './coreFs.ts';
import { fsErrorToApiError, isNodeFsError } from './fsErrorToApiError.ts';

/** True if something exists at the path; other failures (e.g. no permission) are reported, not taken as "no". */
export async function pathExists(target: string, fs: CoreFs = nodeFs): Promise<boolean> {
  try {
    await fs.stat(target);
    return true;
  } catch (error) {
    if (isNodeFsError(error) && error.code === 'ENOENT') return false;
    throw fsErrorToApiError(error);
  }
}
