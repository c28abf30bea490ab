import { stat } from 'node:fs/promises';
import { fsErrorToApiError, isNodeFsError } from './fsErrorToApiError.ts';

/** True if something exists at the path; other failures (e.g. no permission) are reported, not taken as "no". */
export async function pathExists(target: string): Promise<boolean> {
  try {
    await stat(target);
    return true;
  } catch (error) {
    if (isNodeFsError(error) && error.code === 'ENOENT') return false;
    throw fsErrorToApiError(error);
  }
}
