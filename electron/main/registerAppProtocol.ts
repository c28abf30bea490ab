import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
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
}

/** Serves `app://newsdesk/…` from the built renderer and `app://newsdesk/asset/<id>` from the asset store. */
export function registerAppProtocol({ rendererDir, assetPath }: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const target = resolveAppUrl(request.url, rendererDir);
    if (target.kind === 'denied') return textResponse(404, 'Not found');
    const isAsset = target.kind === 'asset';
    const file = isAsset ? assetPath(target.assetId) : target.path;
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return textResponse(404, 'Not found');
      throw error;
    }
    const type = contentTypeFor(file);
    const cacheControl = isAsset ? ASSET_CACHE_CONTROL : type.startsWith('text/html') ? 'no-store' : 'no-cache';
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cacheControl },
    });
  });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
