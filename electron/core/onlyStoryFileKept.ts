import path from 'node:path';
import type { CoreFs } from './coreFs.ts';
import { isNodeFsError } from './fsErrorToApiError.ts';

/**
 * Whether a story's folder holds its story file and nothing else, and the story surely has no
 * revisions (their folder is missing or empty): nothing would be lost with the story file.
 * Any doubt (a read that fails other than as "missing") answers false.
 */
export async function onlyStoryFileKept(fs: CoreFs, libraryDir: string, storyFolder: string, storyFile: string, storyId: string): Promise<boolean> {
  const names = await fs.readdir(storyFolder);
  if (names.some((name) => name !== storyFile)) return false;
  try {
    return (await fs.readdir(path.join(libraryDir, 'revisions', storyId))).length === 0;
  } catch (error) {
    return isNodeFsError(error) && error.code === 'ENOENT';
  }
}
