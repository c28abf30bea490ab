// First, so that photo/openImage (which imports it back from here) finds it initialised.
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '@shared/api/apiError.ts';
import type { AssetInfo, PictureFileMetadata } from '@shared/api/contract.ts';
import { MAX_ASSET_BYTES } from '@shared/api/uploadLimits.ts';
import { ASSET_ID } from '@shared/story/assetId.ts';
import { assetSidecarSchema, type AssetSidecar } from './assetSidecarSchema.ts';
import { atomicWriteFile } from './atomicWriteFile.ts';
import { fsErrorToApiError, isNodeFsError } from './fsErrorToApiError.ts';
import { makeThumbnail } from './photo/makeThumbnail.ts';
import { openImage } from './photo/openImage.ts';
import { readPhotoMetadata } from './photo/readPhotoMetadata.ts';

const MIME_FOR_EXT: Record<string, AssetInfo['mime']> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };


/** Width of the copy the editor shows; enough for the writing column on a high-density screen. */
export const DISPLAY_WIDTH = 1600;
/**
 * The library's pictures, content-addressed: `<library>/assets/<sha256>.<ext>`, with a WebP
 * thumbnail in `assets/thumbs/<sha256>.webp` and the file's own metadata in
 * `assets/meta/<assetId>.json`. A picture is stored once however often it is added, and only
 * after its bytes have been opened, read and decoded (openImage, readPhotoMetadata, makeThumbnail).
 */
export class AssetStore {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Checks and stores a picture with its thumbnail and metadata; refusals store nothing. */
  async put(bytes: Uint8Array, fileName: string): Promise<AssetInfo> {
    const name = displayName(fileName);
    if (bytes.byteLength > MAX_ASSET_BYTES) {
      throw new ApiError('too-large', `${name} is larger than ${MAX_ASSET_BYTES / 1024 / 1024} MB; make a smaller copy and add that.`);
    }
    // openImage refuses empty, non-picture and over-large files from the header; the thumbnail decodes every pixel.
    const image = await openImage(bytes, name);
    const metadata = await readPhotoMetadata(bytes, name);
    const thumbnail = await makeThumbnail(bytes, { name });

    const sha = createHash('sha256').update(bytes).digest('hex');
    const assetId = `${sha}.${image.type.ext}`;
    const target = this.pathOf(assetId);
    const created: string[] = [];
    try {
      await mkdir(this.dir, { recursive: true });
      // The original goes last: a picture that is in the library always has its thumbnail and sidecar.
      created.push(...(await this.writeDerived(assetId, metadata, thumbnail.bytes)));
      // Same name means same bytes; only a missing or torn copy (wrong size) is written again.
      const existing = await statOrNull(target);
      if (!existing || existing.size !== bytes.byteLength) await atomicWriteFile(target, bytes);
    } catch (error) {
      for (const file of created) await rm(file, { force: true }).catch(() => undefined);
      throw fsErrorToApiError(error);
    }
    return toInfo(assetId, bytes.byteLength, metadata);
  }

  /**
   * What the library knows about a stored picture, from its sidecar. Pictures added before
   * sidecars existed are read once and get their sidecar and thumbnail then.
   */
  async info(assetId: string): Promise<AssetInfo> {
    const original = this.pathOf(assetId);
    const size = await statOrNull(original).catch((error: unknown) => {
      throw fsErrorToApiError(error);
    });
    if (!size) throw new ApiError('not-found', `The picture ${assetId} is not in the library.`);
    const sidecar = await this.readSidecar(assetId);
    if (sidecar) return toInfo(assetId, size.size, sidecar.metadata);
    const { metadata } = await this.rebuildDerived(assetId);
    return toInfo(assetId, size.size, metadata);
  }

  /**
   * The path of a stored picture's WebP thumbnail, made now if it is missing (pictures added
   * before thumbnails existed). 'not-found' when the picture is not in the library.
   */
  async thumbnailPath(assetId: string): Promise<string> {
    const file = this.thumbPathOf(assetId);
    if (await statOrNull(file).catch(() => null)) return file;
    await this.rebuildDerived(assetId);
    return file;
  }

  /**
   * The path of a screen-sized WebP copy (at most DISPLAY_WIDTH px wide) for showing a picture in
   * the editor, made on first use. A 24-megapixel original would cost the page seconds to decode.
   */
  async displayPath(assetId: string): Promise<string> {
    const file = path.join(this.dir, 'display', `${assetId.slice(0, assetId.indexOf('.'))}.webp`);
    this.pathOf(assetId);
    if (await statOrNull(file).catch(() => null)) return file;
    const display = await makeThumbnail(await this.read(assetId), { width: DISPLAY_WIDTH, name: assetId });
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await atomicWriteFile(file, display.bytes);
    } catch (error) {
      throw fsErrorToApiError(error);
    }
    return file;
  }

  /** Where a picture's thumbnail is kept (whether or not it exists yet). */
  thumbPathOf(assetId: string): string {
    this.pathOf(assetId);
    return path.join(this.dir, 'thumbs', `${assetId.slice(0, assetId.indexOf('.'))}.webp`);
  }

  /** Where a picture's metadata sidecar is kept (whether or not it exists yet). */
  metaPathOf(assetId: string): string {
    this.pathOf(assetId);
    return path.join(this.dir, 'meta', `${assetId}.json`);
  }

  /** True when the picture is in the library. Invalid ids are simply not there. */
  async has(assetId: string): Promise<boolean> {
    if (!ASSET_ID.test(assetId)) return false;
    try {
      return (await stat(this.pathOf(assetId))).isFile();
    } catch (error) {
      if (isNodeFsError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return false;
      throw fsErrorToApiError(error);
    }
  }

  /** The bytes of a stored picture; 'not-found' when it is not in the library. */
  async read(assetId: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(assetId));
    } catch (error) {
      if (isNodeFsError(error) && error.code === 'ENOENT') {
        throw new ApiError('not-found', `The picture ${assetId} is not in the library.`);
      }
      throw fsErrorToApiError(error);
    }
  }

  /** The mime type for a valid asset id, e.g. for serving it over a custom protocol. */
  mimeOf(assetId: string): AssetInfo['mime'] {
    this.pathOf(assetId);
    const mime = MIME_FOR_EXT[assetId.slice(assetId.lastIndexOf('.') + 1)];
    if (!mime) throw new ApiError('bad-input', `"${assetId.slice(0, 80)}" is not a picture reference.`);
    return mime;
  }

  /**
   * The file path of a picture. Only ids of the form `<sha256>.<jpg|png|webp>`
   * are accepted, so no input can reach outside the assets folder.
   */
  pathOf(assetId: string): string {
    if (typeof assetId !== 'string' || !ASSET_ID.test(assetId)) {
      throw new ApiError('bad-input', `"${String(assetId).slice(0, 80)}" is not a picture reference (a SHA-256 and .jpg, .png or .webp).`);
    }
    return path.join(this.dir, assetId);
  }

  /** The sidecar, or null when it is missing or unreadable (it is then made again from the picture). */
  private async readSidecar(assetId: string): Promise<AssetSidecar | null> {
    let text: string;
    try {
      text = await readFile(this.metaPathOf(assetId), 'utf8');
    } catch (error) {
      if (isNodeFsError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return null;
      throw fsErrorToApiError(error);
    }
    try {
      const parsed = assetSidecarSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Reads a stored picture again and rewrites its sidecar and thumbnail. */
  private async rebuildDerived(assetId: string): Promise<{ metadata: PictureFileMetadata }> {
    const bytes = await this.read(assetId);
    let metadata: PictureFileMetadata;
    let thumbnail: Buffer;
    try {
      metadata = await readPhotoMetadata(bytes, assetId);
      thumbnail = (await makeThumbnail(bytes, { name: assetId })).bytes;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ApiError('damaged', `The stored picture ${assetId} can no longer be opened; add the picture again.`, [reason]);
    }
    try {
      await this.writeDerived(assetId, metadata, thumbnail);
    } catch (error) {
      throw fsErrorToApiError(error);
    }
    return { metadata };
  }

  /** Writes thumbnail and sidecar atomically; returns the files that did not exist before. */
  private async writeDerived(assetId: string, metadata: PictureFileMetadata, thumbnail: Uint8Array): Promise<string[]> {
    const created: string[] = [];
    const sidecar: AssetSidecar = { format: 'newsdesk-asset-meta', version: 1, metadata };
    const files: [string, string | Uint8Array][] = [
      [this.thumbPathOf(assetId), thumbnail],
      [this.metaPathOf(assetId), `${JSON.stringify(sidecar, null, 2)}\n`],
    ];
    for (const [file, data] of files) {
      await mkdir(path.dirname(file), { recursive: true });
      if (!(await statOrNull(file))) created.push(file);
      await atomicWriteFile(file, data);
    }
    return created;
  }
}

function toInfo(assetId: string, byteLength: number, metadata: PictureFileMetadata): AssetInfo {
  const mime = MIME_FOR_EXT[assetId.slice(assetId.lastIndexOf('.') + 1)] ?? 'image/jpeg';
  return { assetId, mime, byteLength, width: metadata.width, height: metadata.height, metadata };
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await stat(file);
  } catch (error) {
    if (isNodeFsError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return null;
    throw error;
  }
}

/** The file name as the user knows it, without folders, control characters or absurd length. */
function displayName(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!base) return 'The file';
  return base.length > 80 ? `${base.slice(0, 77)}…` : base;
}
