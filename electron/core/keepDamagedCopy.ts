import { createHash } from 'node:crypto';
import path from 'node:path';
import { atomicWriteFile } from './atomicWriteFile.ts';
import type { CoreFs } from './coreFs.ts';
import { isNodeFsError } from './fsErrorToApiError.ts';

/**
 * Keeps a copy of a story file's bytes at `<library>/<area>/<id>/<prefix><first 16 hex of sha256>.json`,
 * once per distinct content, so whatever later happens to the story folder the bytes found there stay
 * available. `damaged/` holds files that could not be read (a user may repair or trash the story, a
 * sync tool may replace it); `originals/` holds files in an older story format, kept before the first
 * save writes the story in the current format. Returns the copy's path.
 */
export async function keepDamagedCopy(
  fs: CoreFs,
  libraryDir: string,
  storyId: string,
  bytes: Uint8Array,
  { area = 'damaged', prefix = '' }: { area?: 'damaged' | 'originals'; prefix?: string } = {},
): Promise<string> {
  const folder = path.join(libraryDir, area, storyId);
  const file = path.join(folder, `${prefix}${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.json`);
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
