import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { protocol } from 'electron';
import { ApiError } from '@shared/api/apiError.ts';
import { ASSET_CACHE_CONTROL, SECURITY_HEADERS } from '../web/contentSecurityPolicy.ts';
import { contentTypeFor } from '../web/contentTypeFor.ts';
import { APP_SCHEME } from './appOrigin.ts';
import { resolveAppUrl } from './resolveAppUrl.ts';

/**
 * Declares `app://` as a standard, secure scheme that may use fetch. Must run
 * before the app is ready. A standard secure origin gives the renderer a real
 * origin (`app://newsdesk`) for CSP 'self', unlike file://.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export interface AppProtocolOptions {
  rendererDir: string;
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
 * Serves `app://newsdesk/…` from the built renderer, `app://newsdesk/asset/<id>` from the asset
 * store and `app://newsdesk/thumb/<id>` from its thumbnails.
 */
export function registerAppProtocol({ rendererDir, assetPath, thumbnailPath, displayPath }: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const target = resolveAppUrl(request.url, rendererDir);
    if (target.kind === 'denied') return textResponse(404, 'Not found');
    const isAsset = target.kind === 'asset' || target.kind === 'thumb' || target.kind === 'display';
    let file: string;
    try {
      file =
        target.kind === 'asset'
          ? assetPath(target.assetId)
          : target.kind === 'thumb'
            ? await resolveThumbnail(target.assetId, assetPath, thumbnailPath)
            : target.kind === 'display'
              ? await (displayPath ? displayPath(target.assetId) : Promise.resolve(assetPath(target.assetId)))
              : target.path;
    } catch (error) {
      // A picture that is gone or can no longer be opened has no thumbnail to show.
      if (error instanceof ApiError && (error.code === 'not-found' || error.code === 'damaged')) return textResponse(404, 'Not found');
      throw error;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return textResponse(404, 'Not found');
      throw error;
    }
    const type = target.kind === 'thumb' || (target.kind === 'display' && displayPath) ? 'image/webp' : contentTypeFor(file);
    const cacheControl = isAsset ? ASSET_CACHE_CONTROL : type.startsWith('text/html') ? 'no-store' : 'no-cache';
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cacheControl },
    });
  });
}

function resolveThumbnail(
  assetId: string,
  assetPath: (assetId: string) => string,
  thumbnailPath: ((assetId: string) => Promise<string>) | undefined,
): Promise<string> {
  if (thumbnailPath) return thumbnailPath(assetId);
  return Promise.resolve(join(dirname(assetPath(assetId)), 'thumbs', `${assetId.slice(0, assetId.indexOf('.'))}.webp`));
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
