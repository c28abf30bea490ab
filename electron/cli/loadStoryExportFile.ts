import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '@shared/api/apiError.ts';
import { parseStoryExport } from '@shared/export/parseStoryExport.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { isNodeFsError } from '../core/fsErrorToApiError.ts';

export interface LoadedStoryExport {
  story: Story;
  /** Each picture the manifest lists, read and checked against the SHA-256 in its name. */
  assets: Map<string, Uint8Array>;
}

async function readOrExplain(file: string, what: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    if (isNodeFsError(error) && error.code === 'ENOENT') throw new ApiError('not-found', `${what} ${file} does not exist.`);
    if (isNodeFsError(error) && error.code === 'EISDIR') throw new ApiError('bad-input', `${what} ${file} is a folder, not a file.`);
    const reason = isNodeFsError(error) ? error.code : error instanceof Error ? error.message : String(error);
    throw new ApiError('internal', `Could not read ${what.toLowerCase()} ${file} (${reason}).`);
  }
}

/**
 * Reads a Newsdesk story export from disk with every picture its manifest
 * lists (paths relative to the story file), and checks each picture's bytes
 * against its SHA-256 name. Throws one ApiError whose `details` name every
 * problem found, so `check` can print them all at once.
 */
export async function loadStoryExportFile(storyFile: string): Promise<LoadedStoryExport> {
  const text = (await readOrExplain(storyFile, 'The story file')).toString('utf8');
  const { story, assets: manifest } = parseStoryExport(text);
  const baseDir = path.dirname(storyFile);
  const assets = new Map<string, Uint8Array>();
  const problems: string[] = [];
  for (const { assetId, path: relative } of manifest) {
    const file = path.resolve(baseDir, relative);
    let bytes: Buffer;
    try {
      bytes = await readOrExplain(file, 'The picture');
    } catch (error) {
      problems.push(`assets: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    const expected = assetId.slice(0, assetId.indexOf('.'));
    if (actual !== expected) {
      problems.push(`assets: the picture ${relative} is damaged or was replaced: its SHA-256 is ${actual}, its name says ${expected}.`);
      continue;
    }
    assets.set(assetId, bytes);
  }
  if (problems.length > 0) {
    throw new ApiError('damaged', `The story file's pictures are not usable: ${problems[0]}`, problems);
  }
  return { story, assets };
}
