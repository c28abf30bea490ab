import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { ApiError } from '@shared/api/apiError.ts';
import { MAX_ASSET_BYTES, type AssetInfo } from '@shared/api/contract.ts';
import { ASSET_ID } from '@shared/story/bodySchema.ts';
import { atomicWriteFile } from './atomicWriteFile.ts';
import { describeFileKind } from './describeFileKind.ts';
import { fsErrorToApiError, isNodeFsError } from './fsErrorToApiError.ts';
import { sniffImageType } from './sniffImageType.ts';

/** Pictures bigger than this many pixels are refused before decoding (decompression bombs). */
export const MAX_INPUT_PIXELS = 100_000_000;

const MIME_FOR_EXT: Record<string, AssetInfo['mime']> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

/**
 * The library's pictures, content-addressed: `<library>/assets/<sha256>.<ext>`.
 * A picture is stored once however often it is added, and only after its bytes
 * have been checked to be a complete JPEG, PNG or WebP that can be decoded.
 */
export class AssetStore {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Checks and stores a picture; returns its id. Refusals store nothing. */
  async put(bytes: Uint8Array, fileName: string): Promise<AssetInfo> {
    const name = displayName(fileName);
    if (bytes.byteLength === 0) throw new ApiError('unsupported-media', `${name} is empty (0 bytes), so it is not a picture.`);
    if (bytes.byteLength > MAX_ASSET_BYTES) {
      throw new ApiError('too-large', `${name} is larger than ${MAX_ASSET_BYTES / 1024 / 1024} MB; make a smaller copy and add that.`);
    }
    const type = sniffImageType(bytes);
    if (!type) {
      const kind = describeFileKind(bytes);
      throw new ApiError('unsupported-media', `${name} is not a JPEG, PNG or WebP picture${kind ? ` (it looks like ${kind})` : ''}.`);
    }
    const { width, height } = await checkDecodes(bytes, name);

    const assetId = `${createHash('sha256').update(bytes).digest('hex')}.${type.ext}`;
    const target = this.pathOf(assetId);
    try {
      await mkdir(this.dir, { recursive: true });
      // Same name means same bytes; only a missing or torn copy (wrong size) is written again.
      const existing = await stat(target).catch((error: unknown) => {
        if (isNodeFsError(error) && error.code === 'ENOENT') return null;
        throw error;
      });
      if (!existing || existing.size !== bytes.byteLength) await atomicWriteFile(target, bytes);
    } catch (error) {
      throw fsErrorToApiError(error);
    }
    return { assetId, mime: type.mime, byteLength: bytes.byteLength, width, height, metadata: null };
  }

  /** What the library knows about a stored picture. */
  async info(assetId: string): Promise<AssetInfo> {
    const bytes = await this.read(assetId);
    const type = sniffImageType(bytes);
    if (!type) throw new ApiError('damaged', `The stored picture ${assetId} is not a picture any more.`);
    const { width, height } = await checkDecodes(bytes, assetId);
    return { assetId, mime: type.mime, byteLength: bytes.byteLength, width, height, metadata: null };
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
}

/** Reads the size and decodes a small preview, which catches truncated and damaged files. */
async function checkDecodes(bytes: Uint8Array, name: string): Promise<{ width: number | null; height: number | null }> {
  const options = { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS } as const;
  try {
    const meta = await sharp(bytes, options).metadata();
    // metadata() only reads the header; decoding (downscaled, so cheap) proves the pixel data is all there.
    await sharp(bytes, options).resize(256, 256, { fit: 'inside', withoutEnlargement: true }).raw().toBuffer();
    return { width: meta.autoOrient?.width ?? meta.width ?? null, height: meta.autoOrient?.height ?? meta.height ?? null };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (/pixel limit/i.test(reason)) {
      throw new ApiError('too-large', `${name} has more than ${MAX_INPUT_PIXELS / 1_000_000} million pixels; make a smaller copy and add that.`, [
        reason,
      ]);
    }
    throw new ApiError('unsupported-media', `${name} is damaged or incomplete and cannot be shown.`, [reason ?? 'decode failed']);
  }
}

/** The file name as the user knows it, without folders, control characters or absurd length. */
function displayName(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!base) return 'The file';
  return base.length > 80 ? `${base.slice(0, 77)}…` : base;
}
