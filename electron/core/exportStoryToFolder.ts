import { lstat, mkdir, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '@shared/api/apiError.ts';
import type { ExportFormat, ExportResult } from '@shared/api/contract.ts';
import { referencedAssetIds } from '@shared/export/referencedAssetIds.ts';
import { renderStoryHtml } from '@shared/export/renderStoryHtml.ts';
import { serializeStoryExport } from '@shared/export/serializeStoryExport.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { atomicWriteFile } from './atomicWriteFile.ts';
import { fsErrorToApiError, isNodeFsError } from './fsErrorToApiError.ts';

export interface ExportStoryToFolderInput {
  story: Story;
  /** The folder to write into; created if missing. */
  outDir: string;
  formats: ExportFormat[];
  /** The bytes of a picture the story uses (usually from the library's AssetStore). */
  readAsset: (assetId: string) => Promise<Uint8Array>;
  /** Written into the JSON export, e.g. "Newsdesk 0.1.0". */
  generator?: string;
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
      const parsed = JSON.parse(text) as { format?: unknown; story?: { id?: unknown } };
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
 * Exports a story into a folder: `<slug or id>.html` and/or `.json`, plus
 * every picture it uses as `images/<assetId>`. All pictures are read and all
 * documents rendered before the first write, every file is written atomically,
 * and if a write fails the files and folders this export created are removed
 * again (files it replaced keep their new, complete content). File system
 * failures come back as ApiErrors ('read-only', 'disk-full', …).
 * Returns the absolute folder and the absolute paths written.
 */
export async function exportStoryToFolder({ story, outDir, formats, readAsset, generator }: ExportStoryToFolderInput): Promise<ExportResult> {
  if (formats.length === 0) throw new ApiError('bad-input', 'Choose at least one export format (HTML or JSON).');
  const dir = path.resolve(outDir);
  const baseName = story.slug || story.id;
  const assetIds = referencedAssetIds(story);
  const assets = await readAllAssets(assetIds, readAsset);

  const documents: [string, string][] = [];
  if (formats.includes('html')) documents.push([`${baseName}.html`, renderStoryHtml(story)]);
  if (formats.includes('json')) documents.push([`${baseName}.json`, serializeStoryExport(story, { generator: generator ?? 'Newsdesk' })]);

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
    const firstCreated = await mkdir(dir, { recursive: true });
    // mkdir may create several levels; remember each, innermost first, to undo them on failure.
    for (let d = dir; firstCreated !== undefined; d = path.dirname(d)) {
      createdDirs.push(d);
      if (d === firstCreated || d === path.dirname(d)) break;
    }
    if (assets.size > 0) {
      const imagesDir = path.join(dir, 'images');
      if ((await mkdir(imagesDir, { recursive: true })) !== undefined) createdDirs.unshift(imagesDir);
      for (const [id, bytes] of assets) await write(path.join(imagesDir, id), bytes);
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
