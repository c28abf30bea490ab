import { lstat, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApiError } from '@shared/api/apiError.ts';
import type { ExportFormat, ExportResult } from '@shared/api/contract.ts';
import { referencedAssetIds } from '@shared/export/referencedAssetIds.ts';
import type { FigureRendition } from '@shared/export/renderFigureHtml.ts';
import { renderStoryHtml } from '@shared/export/renderStoryHtml.ts';
import { serializeNinjs } from '@shared/export/ninjs/renderNinjs.ts';
import { STORY_URN_PREFIX } from '@shared/export/ninjs/ninjsTypes.ts';
import { serializeStoryExport } from '@shared/export/serializeStoryExport.ts';
import { defaultCreditLine } from '@shared/story/defaultCreditLine.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { atomicWriteFile } from './atomicWriteFile.ts';
import { fsErrorToApiError, isNodeFsError } from './fsErrorToApiError.ts';
import { makeFolders } from './makeFolders.ts';
import { renderRenditions, type Rendition } from './photo/renderRenditions.ts';
import { picturePlacements } from './picturePlacements.ts';

export interface ExportStoryToFolderInput {
  story: Story;
  /** The folder to write into; created if missing. */
  outDir: string;
  formats: ExportFormat[];
  /** The bytes of a picture the story uses (usually from the library's AssetStore). */
  readAsset: (assetId: string) => Promise<Uint8Array>;
  /** Written into the JSON export, e.g. "Newsdesk 0.1.0". */
  generator?: string;
  /**
   * Where the export folder will be published (http/https, e.g. "https://cdn.example/story/"):
   * ninjs rendition hrefs become `<ninjsBaseUrl>images/<file>`. Default: the folder's file: URL.
   */
  ninjsBaseUrl?: string;
}

/** The absolute URL, ending in "/", that ninjs rendition hrefs start with. */
function ninjsBase(dir: string, baseUrl: string | undefined): string {
  if (baseUrl === undefined) return `${pathToFileURL(dir).href.replace(/\/+$/, '')}/`;
  if (!/^https?:\/\/[^\s]+$/i.test(baseUrl)) {
    throw new ApiError('bad-input', `The ninjs base URL must be an http:// or https:// address, not "${baseUrl.slice(0, 200)}".`);
  }
  return baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
}

// ENOTDIR is not here: "part of the path is a file" has its own, more useful wording in fsErrorToApiError.
const READ_ONLY_CODES = new Set(['EROFS', 'EACCES', 'EPERM']);

/** An export-specific wording for "cannot write here"; everything else keeps the shared mapping. */
function toExportError(error: unknown, outDir: string): ApiError {
  if (isNodeFsError(error) && READ_ONLY_CODES.has(error.code)) {
    return new ApiError('read-only', `Could not write to ${outDir}: the folder is read-only. Nothing was exported.`, [
      `${error.code}${error.syscall ? ` (${error.syscall})` : ''}${error.path ? `: ${error.path}` : ''}`,
    ]);
  }
  const mapped = fsErrorToApiError(error);
  if (mapped.code === 'internal') return mapped;
  const message = mapped.message.includes(outDir) ? mapped.message : `Could not export to ${outDir}: ${mapped.message}`;
  return new ApiError(mapped.code, `${message.replace(/\.?$/, '.')} Nothing was exported.`.replace('.. ', '. '), mapped.details);
}

async function exists(target: string): Promise<boolean> {
  try {
    await lstat(target);
    return true;
  } catch (error) {
    if (isNodeFsError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return false;
    throw error;
  }
}

/** The story id an earlier export file was written for, or null when the file is not a Newsdesk export. */
async function exportedStoryId(file: string): Promise<string | null> {
  const text = await readFile(file, 'utf8');
  if (file.endsWith('.json')) {
    try {
      const parsed = JSON.parse(text) as { format?: unknown; story?: { id?: unknown }; uri?: unknown };
      if (typeof parsed.uri === 'string' && parsed.uri.startsWith(STORY_URN_PREFIX)) return parsed.uri.slice(STORY_URN_PREFIX.length);
      return parsed.format === 'newsdesk-story' && typeof parsed.story?.id === 'string' ? parsed.story.id : null;
    } catch {
      return null;
    }
  }
  return /<meta name="newsdesk-story-id" content="([a-z0-9-]+)">/.exec(text)?.[1] ?? null;
}

/**
 * Re-exporting a story replaces its earlier export; a file of the same name that belongs to another
 * story, or to nobody we know, is never overwritten.
 */
async function refuseForeignFiles(dir: string, names: string[], storyId: string): Promise<void> {
  for (const name of names) {
    const file = path.join(dir, name);
    if (!(await exists(file))) continue;
    const owner = await exportedStoryId(file);
    if (owner === storyId) continue;
    throw new ApiError(
      'conflict',
      `${file} already exists and is ${owner ? 'the export of another story' : 'not an export of this story'}. Nothing was exported: choose another folder, or move that file away.`,
    );
  }
}

async function readAllAssets(ids: string[], readAsset: (assetId: string) => Promise<Uint8Array>): Promise<Map<string, Uint8Array>> {
  const bytes = new Map<string, Uint8Array>();
  for (const id of ids) {
    try {
      bytes.set(id, await readAsset(id));
    } catch (error) {
      const mapped = fsErrorToApiError(error);
      throw new ApiError(mapped.code, `The picture ${id} could not be read, so nothing was exported: ${mapped.message}`, mapped.details);
    }
  }
  return bytes;
}

/**
 * Web renditions (480/960/1600 px, WebP and JPEG, never upscaled) of every picture, each carrying
 * the caption, printed credit, creator, copyright and alt text of its first placement as XMP.
 */
async function renderAllRenditions(story: Story, assets: Map<string, Uint8Array>): Promise<Map<string, Rendition[]>> {
  const placements = picturePlacements(story);
  const out = new Map<string, Rendition[]>();
  for (const [id, bytes] of assets) {
    const placement = placements.get(id);
    const metadata = placement
      ? {
          caption: placement.caption,
          creditLine: defaultCreditLine({ creditLine: placement.credit, source: placement.source, creator: placement.creator }),
          creator: placement.creator,
          copyright: placement.copyright,
          altText: placement.alt,
        }
      : {};
    try {
      out.set(id, await renderRenditions(bytes, { metadata, sha: id.slice(0, id.indexOf('.')), name: `The picture ${id}` }));
    } catch (error) {
      const mapped = error instanceof ApiError ? error : fsErrorToApiError(error);
      throw new ApiError(mapped.code, `${mapped.message.replace(/\.?$/, '.')} Nothing was exported.`, mapped.details);
    }
  }
  return out;
}

/**
 * Exports a story into a folder: `<slug or id>.html` with web renditions of
 * its pictures in `images/` (`<sha256>-<width>.webp|jpg`), and/or `<slug>.json`
 * with the originals as `images/<assetId>` (needed for a lossless import; an
 * HTML-only export carries no originals, so no GPS or camera serial leaks), and/or
 * `<slug>.ninjs.json` (IPTC ninjs 2.2) whose picture renditions are the same web files.
 * All pictures are read and rendered and all documents rendered before the first write, every file is written atomically,
 * and if a write fails the files and folders this export created are removed
 * again (files it replaced keep their new, complete content). File system
 * failures come back as ApiErrors ('read-only', 'disk-full', …).
 * Returns the absolute folder and the absolute paths written.
 */
export async function exportStoryToFolder({ story, outDir, formats, readAsset, generator, ninjsBaseUrl }: ExportStoryToFolderInput): Promise<ExportResult> {
  if (formats.length === 0) throw new ApiError('bad-input', 'Choose at least one export format (HTML, JSON or ninjs).');
  const dir = path.resolve(outDir);
  const baseUrl = formats.includes('ninjs') ? ninjsBase(dir, ninjsBaseUrl) : '';
  const baseName = story.slug || story.id;
  const assetIds = referencedAssetIds(story);
  const assets = await readAllAssets(assetIds, readAsset);

  // The HTML page and the ninjs item point at the same web renditions.
  const needsRenditions = formats.includes('html') || formats.includes('ninjs');
  const renditions = needsRenditions ? await renderAllRenditions(story, assets) : new Map<string, Rendition[]>();
  const renditionMap = new Map<string, FigureRendition[]>(
    [...renditions].map(([id, list]) => [id, list.map(({ width, height, format, fileName }) => ({ width, height, format, fileName }))]),
  );
  const imageFiles: [string, Uint8Array][] = [...renditions.values()].flat().map((r) => [r.fileName, r.bytes]);
  if (formats.includes('json')) imageFiles.push(...assets);

  const documents: [string, string][] = [];
  if (formats.includes('html')) documents.push([`${baseName}.html`, renderStoryHtml(story, renditionMap)]);
  if (formats.includes('json')) documents.push([`${baseName}.json`, serializeStoryExport(story, { generator: generator ?? 'Newsdesk' })]);
  if (formats.includes('ninjs')) {
    const files = new Map([...renditions].map(([id, list]) => [id, list.map(({ width, height, format, fileName, bytes }) => ({ width, height, format, fileName, sizeInBytes: bytes.byteLength }))]));
    documents.push([`${baseName}.ninjs.json`, serializeNinjs(story, { renditions: files, baseUrl })]);
  }

  await refuseForeignFiles(dir, documents.map(([name]) => name), story.id).catch((error: unknown) => {
    throw error instanceof ApiError ? error : toExportError(error, dir);
  });

  const written: string[] = [];
  const created: string[] = [];
  const createdDirs: string[] = [];
  const write = async (target: string, data: string | Uint8Array): Promise<void> => {
    const isNew = !(await exists(target));
    await atomicWriteFile(target, data);
    written.push(target);
    if (isNew) created.push(target);
  };

  try {
    // Every level this run creates is remembered, innermost first, to undo them on failure
    // (makeFolders lists them outermost first).
    createdDirs.unshift(...(await makeFolders(dir)).reverse());
    if (imageFiles.length > 0) {
      const imagesDir = path.join(dir, 'images');
      createdDirs.unshift(...(await makeFolders(imagesDir)).reverse());
      for (const [name, bytes] of imageFiles) await write(path.join(imagesDir, name), bytes);
    }
    for (const [name, text] of documents) await write(path.join(dir, name), text);
  } catch (error) {
    // Best effort: a failed export should not leave half a folder behind. Only what this run created goes.
    for (const file of created) await rm(file, { force: true }).catch(() => undefined);
    for (const folder of createdDirs) await rmdir(folder).catch(() => undefined);
    throw toExportError(error, dir);
  }
  return { outDir: dir, files: written };
}
