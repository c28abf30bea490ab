import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ApiError } from '@shared/api/apiError.ts';
import { ASSET_CACHE_CONTROL, PICTURE_SECURITY_HEADERS, SECURITY_HEADERS } from '../web/contentSecurityPolicy.ts';
import { contentTypeFor } from '../web/contentTypeFor.ts';
import { realPathInside } from '../web/realPathInside.ts';
import { resolveAppUrl } from './resolveAppUrl.ts';

export interface AppRequestHandlerOptions {
  /** The built renderer (`dist/renderer`): the only place pages, scripts and styles come from. */
  rendererDir: string;
  /** The library's assets folder: the only place pictures (and their thumbnails and copies) come from. */
  pictureDir: string;
  /** Where the asset store keeps a picture; called with a validated asset id only. */
  assetPath: (assetId: string) => string;
  /**
   * Where a picture's WebP thumbnail is, made first if missing (AssetStore.thumbnailPath); called
   * with a validated asset id only. Absent: `thumbs/<sha256>.webp` beside the asset, if it exists.
   */
  thumbnailPath?: (assetId: string) => Promise<string>;
  /** Where a picture's screen-sized copy is, made first if missing (AssetStore.displayPath). */
  displayPath?: (assetId: string) => Promise<string>;
}

/**
 * The `app://newsdesk/…` request handler, free of Electron so it can be tested
 * on real files: resolveAppUrl decides what a URL may name, then the file's
 * real path (symlinks resolved) must still lie inside rendererDir, or
 * pictureDir for pictures, or the answer is 404. Every response carries the
 * security headers; pictures get a policy under which they can run nothing.
 */
export function createAppRequestHandler(options: AppRequestHandlerOptions): (request: Request) => Promise<Response> {
  const { rendererDir, pictureDir, assetPath, thumbnailPath, displayPath } = options;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const target = resolveAppUrl(request.url, rendererDir);
    if (target.kind === 'denied') return textResponse(404, 'Not found');
    const isPicture = target.kind !== 'file';
    let file: string;
    try {
      file =
        target.kind === 'asset'
          ? assetPath(target.assetId)
          : target.kind === 'thumb'
            ? await (thumbnailPath ? thumbnailPath(target.assetId) : Promise.resolve(defaultThumbnail(target.assetId, assetPath)))
            : target.kind === 'display'
              ? await (displayPath ? displayPath(target.assetId) : Promise.resolve(assetPath(target.assetId)))
              : target.path;
    } catch (error) {
      // A picture that is gone or can no longer be opened has no thumbnail to show.
      if (error instanceof ApiError && (error.code === 'not-found' || error.code === 'damaged')) return textResponse(404, 'Not found');
      throw error;
    }
    const real = await realPathInside(file, [isPicture ? pictureDir : rendererDir]);
    if (real === null) return textResponse(404, 'Not found');
    let bytes: Buffer;
    try {
      bytes = await readFile(real);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return textResponse(404, 'Not found');
      throw error;
    }
    const type = target.kind === 'thumb' || (target.kind === 'display' && displayPath) ? 'image/webp' : contentTypeFor(file);
    const cacheControl = isPicture ? ASSET_CACHE_CONTROL : type.startsWith('text/html') ? 'no-store' : 'no-cache';
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), {
      status: 200,
      headers: { ...(isPicture ? PICTURE_SECURITY_HEADERS : SECURITY_HEADERS), 'Content-Type': type, 'Cache-Control': cacheControl },
    });
  };
}

function defaultThumbnail(assetId: string, assetPath: (assetId: string) => string): string {
  return join(dirname(assetPath(assetId)), 'thumbs', `${assetId.slice(0, assetId.indexOf('.'))}.webp`);
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
