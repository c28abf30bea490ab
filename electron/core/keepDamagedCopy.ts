import { createHash } from 'node:crypto';
import path from 'node:path';
import { atomicWriteFile } from './atomicWriteFile.ts';
import type { CoreFs } from './coreFs.ts';
import { isNodeFsError } from './fsErrorToApiError.ts';

/**
 * Keeps a copy of a damaged story file's bytes at `<library>/damaged/<id>/<first 16 hex of sha256>.json`,
 * once per distinct content, so whatever later happens to the story folder (a user repairs or trashes it,
 * a sync tool replaces it) the bytes that were found stay available for recovery. Returns the copy's path.
 */
export async function keepDamagedCopy(fs: CoreFs, libraryDir: string, storyId: string, bytes: Uint8Array): Promise<string> {
  const folder = path.join(libraryDir, 'damaged', storyId);
  const file = path.join(folder, `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.json`);
  try {
    await fs.stat(file);
    return file;
  } catch (error) {
    if (!isNodeFsError(error) || error.code !== 'ENOENT') throw error;
  }
  await fs.mkdir(folder, { recursive: true });
  await atomicWriteFile(file, bytes, fs);
  return file;
}
