import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '@shared/api/apiError.ts';
import { parseNinjs } from '@shared/export/ninjs/parseNinjs.ts';
import { replaceAssetIds } from '@shared/export/ninjs/replaceAssetIds.ts';
import { parseStoryExport } from '@shared/export/parseStoryExport.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { isNodeFsError } from '../core/fsErrorToApiError.ts';
import { sniffImageType } from '../core/sniffImageType.ts';

export interface LoadedStoryExport {
  story: Story;
  /** Each picture the manifest lists, read and checked against the SHA-256 in its name. */
  assets: Map<string, Uint8Array>;
  /** 'ninjs' for an IPTC ninjs file (`<slug>.ninjs.json`), else a Newsdesk story export. */
  kind: 'newsdesk' | 'ninjs';
  /** What did not come across as it was (ninjs from another system). */
  notices: string[];
}

/** A ninjs news item has a top-level "uri"; a Newsdesk export says "format": "newsdesk-story". */
function looksLikeNinjs(text: string): boolean {
  try {
    const data = JSON.parse(text) as unknown;
    return typeof data === 'object' && data !== null && !Array.isArray(data) && 'uri' in data && !('format' in data);
  } catch {
    return false;
  }
}

/**
 * A ninjs file's pictures are its web renditions (`images/<sha256>-<width>.jpg` beside it), not
 * the originals: each is stored under its own SHA-256, and the story is pointed at it.
 */
async function loadNinjsFile(storyFile: string, text: string): Promise<LoadedStoryExport> {
  const { story, pictures, notices } = parseNinjs(text);
  const baseDir = path.dirname(storyFile);
  const assets = new Map<string, Uint8Array>();
  const renamed = new Map<string, string>();
  const problems: string[] = [];
  for (const { assetId, file } of pictures) {
    try {
      const bytes = await readOrExplain(path.resolve(baseDir, file), 'The picture');
      const type = sniffImageType(bytes);
      if (!type) {
        problems.push(`assets: ${file} is not a JPEG, PNG or WebP picture.`);
        continue;
      }
      const id = `${createHash('sha256').update(bytes).digest('hex')}.${type.ext}`;
      renamed.set(assetId, id);
      assets.set(id, bytes);
    } catch (error) {
      problems.push(`assets: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (problems.length > 0) throw new ApiError('damaged', `The ninjs file's pictures are not usable: ${problems[0]}`, problems);
  return { story: replaceAssetIds(story, renamed), assets, kind: 'ninjs', notices };
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
 * Reads a Newsdesk story export (or a ninjs file, see loadNinjsFile) from disk with every picture its manifest
 * lists (paths relative to the story file), and checks each picture's bytes
 * against its SHA-256 name. Throws one ApiError whose `details` name every
 * problem found, so `check` can print them all at once.
 */
export async function loadStoryExportFile(storyFile: string): Promise<LoadedStoryExport> {
  const text = (await readOrExplain(storyFile, 'The story file')).toString('utf8');
  if (looksLikeNinjs(text)) return loadNinjsFile(storyFile, text);
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
  return { story, assets, kind: 'newsdesk', notices: [] };
}
