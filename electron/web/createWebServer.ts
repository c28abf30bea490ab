import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { ApiError, isApiErrorShape, type ApiErrorShape } from '@shared/api/apiError.ts';
import { ASSET_FILE_NAME_HEADER, MAX_ASSET_BYTES, MAX_DOCX_BYTES } from '@shared/api/uploadLimits.ts';
import { escapeHtml } from '@shared/export/escapeHtml.ts';
import { ASSET_ID } from '@shared/story/assetId.ts';
import { ASSET_CACHE_CONTROL, PICTURE_CONTENT_SECURITY_POLICY } from './contentSecurityPolicy.ts';
import { contentTypeFor } from './contentTypeFor.ts';
import { readRequestBody } from './readRequestBody.ts';
import { realPathInside } from './realPathInside.ts';
import { refuseForeignRequest } from './refuseForeignRequest.ts';
import { resolveStaticPath } from './resolveStaticPath.ts';
import { applySecurityHeaders, sendApiError, sendFile, sendJson } from './sendResponse.ts';

/** What core.dispatch answers: the handler's value, or the error a user should see. */
export type DispatchResult = { ok: true; value: unknown } | { ok: false; error: ApiErrorShape };

export interface WebServerOptions {
  /** The core's dispatcher: validates the input and runs the handler. */
  dispatch: (method: string, input: unknown) => Promise<DispatchResult>;
  /** Where the asset store keeps a picture (the id is validated before this is called). */
  assetPath: (assetId: string) => string;
  /**
   * Where a picture's WebP thumbnail is, made first if missing (AssetStore.thumbnailPath); the id is
   * validated before this is called. Absent: `thumbs/<sha256>.webp` beside the asset, if it exists.
   */
  thumbnailPath?: (assetId: string) => Promise<string>;
  /** Where a picture's screen-sized copy is, made first if missing (AssetStore.displayPath). */
  displayPath?: (assetId: string) => Promise<string>;
  /** The built renderer (`dist/renderer`): pages, scripts and styles are served from inside it only. */
  rendererDir: string;
  /**
   * The library's assets folder: pictures, thumbnails and copies are served from inside it only
   * (symlinks resolved). Default: the folder assetPath puts pictures in.
   */
  pictureDir?: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
}

export interface WebServer {
  port: number;
  /** The secret of this run; whoever opens `url` once gets the session cookie. */
  token: string;
  /** `http://127.0.0.1:<port>/?token=<token>`: the address to print for the user. */
  url: string;
  close(): Promise<void>;
}

/** JSON bodies (a story with its body) may be this big. */
export const MAX_JSON_BYTES = 60 * 1024 * 1024;

const TOO_LARGE_JSON = 'The request is larger than 60 MB, which is more than any story can be.';
const TOO_LARGE_ASSET = 'The picture is larger than 80 MB. Save a smaller copy (for example as a high-quality JPEG) and import that.';
const TOO_LARGE_DOCX = 'The Word document is larger than 50 MB. Save a copy with smaller pictures and import that.';
/** Methods whose request body is the raw bytes of one file; the file name travels in ASSET_FILE_NAME_HEADER. */
const FILE_UPLOADS: Record<string, { what: string; maxBytes: number; tooLarge: string }> = {
  importAsset: { what: 'picture', maxBytes: MAX_ASSET_BYTES, tooLarge: TOO_LARGE_ASSET },
  importDocx: { what: 'Word document', maxBytes: MAX_DOCX_BYTES, tooLarge: TOO_LARGE_DOCX },
};

/**
 * The browser host: the same core as the desktop app, served on 127.0.0.1
 * only. A random per-run token, exchanged once for an HttpOnly SameSite=Strict
 * cookie, keeps other local users and web pages out; refuseForeignRequest turns
 * away other peers, Hosts (DNS rebinding), Origins and sites; files are served
 * only from inside rendererDir or pictureDir, symlinks resolved. Routes: `POST /api/<method>` (JSON, or raw bytes for importAsset and importDocx),
 * `GET /asset/<assetId>`, `GET /thumb/<assetId>` (its WebP thumbnail), and the built renderer's static files.
 */
export async function createWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let port = 0;
  const cookieName = (): string => `newsdesk_session_${port}`;

  const hasValidSecret = (value: string | null | undefined): boolean => {
    if (typeof value !== 'string') return false;
    const candidate = Buffer.from(value);
    return candidate.length === tokenBytes.length && timingSafeEqual(candidate, tokenBytes);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    applySecurityHeaders(res);
    const refusal = refuseForeignRequest(
      { remoteAddress: req.socket.remoteAddress, host: req.headers.host, origin: req.headers.origin, fetchSite: req.headers['sec-fetch-site'] },
      port,
    );
    if (refusal !== null) return sendJson(res, 403, { code: 'unauthorized', message: refusal });
    const target = req.url ?? '';
    if (!target.startsWith('/')) return sendJson(res, 400, { code: 'bad-input', message: 'Malformed request address.' });
    const queryAt = target.indexOf('?');
    const path = queryAt === -1 ? target : target.slice(0, queryAt);
    const query = new URLSearchParams(queryAt === -1 ? '' : target.slice(queryAt + 1));
    const method = req.method ?? 'GET';

    if (method === 'GET' && path === '/' && query.has('token')) {
      if (!hasValidSecret(query.get('token'))) return sendUnauthorized(res, false, 'This link has expired or is wrong.');
      res.writeHead(302, {
        Location: '/',
        'Cache-Control': 'no-store',
        'Set-Cookie': `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
      res.end();
      return;
    }

    const isApi = path.startsWith('/api/');
    if (!hasValidSecret(readCookie(req.headers.cookie, cookieName()))) {
      return sendUnauthorized(res, isApi, 'This browser is not signed in to this Newsdesk session.');
    }

    if (isApi) {
      if (method !== 'POST') return sendJson(res, 405, { code: 'bad-input', message: 'API methods are called with POST.' }, { Allow: 'POST' });
      return handleApi(req, res, path.slice('/api/'.length));
    }

    if (method !== 'GET' && method !== 'HEAD') {
      return sendJson(res, 405, { code: 'bad-input', message: `${method} is not allowed here.` }, { Allow: 'GET, HEAD' });
    }
    if (path.startsWith('/asset/')) return handleAsset(res, path.slice('/asset/'.length), method === 'HEAD');
    if (path.startsWith('/thumb/')) return handleThumb(res, path.slice('/thumb/'.length), method === 'HEAD');
    if (path.startsWith('/display/')) return handleThumb(res, path.slice('/display/'.length), method === 'HEAD', options.displayPath);
    return handleStatic(res, path, method === 'HEAD');
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, name: string): Promise<void> => {
    let input: unknown;
    try {
      const upload = Object.prototype.hasOwnProperty.call(FILE_UPLOADS, name) ? FILE_UPLOADS[name] : undefined;
      input = upload ? await readFileUpload(req, upload) : await readJsonBody(req);
    } catch (error) {
      const shape = error instanceof ApiError ? error.toJSON() : { code: 'bad-input' as const, message: 'The request could not be read.' };
      if (shape.code !== 'too-large') return sendApiError(res, shape);
      // The rest of an oversized upload may still be streaming in: answer, then drop the connection rather than read it.
      res.once('finish', () => {
        if (!req.complete) req.socket.destroy();
      });
      return sendApiError(res, shape, { Connection: 'close' });
    }
    const result = await options.dispatch(name, input);
    if (result.ok) return sendJson(res, 200, result.value ?? null);
    return sendApiError(res, isApiErrorShape(result.error) ? result.error : { code: 'internal', message: 'Newsdesk hit an unexpected problem.' });
  };

  const handleAsset = async (res: ServerResponse, assetId: string, headOnly: boolean): Promise<void> => {
    if (!ASSET_ID.test(assetId)) return sendJson(res, 404, { code: 'not-found', message: 'There is no such picture.' });
    const sent = await sendPicture(res, options.assetPath(assetId), contentTypeFor(assetId), headOnly);
    if (!sent) sendJson(res, 404, { code: 'not-found', message: 'This picture is not in the library (any more).' });
  };

  const handleThumb = async (
    res: ServerResponse,
    assetId: string,
    headOnly: boolean,
    derivedPath: ((assetId: string) => Promise<string>) | undefined = options.thumbnailPath,
  ): Promise<void> => {
    if (!ASSET_ID.test(assetId)) return sendJson(res, 404, { code: 'not-found', message: 'There is no such picture.' });
    let file: string;
    try {
      file = derivedPath
        ? await derivedPath(assetId)
        : join(dirname(options.assetPath(assetId)), 'thumbs', `${assetId.slice(0, assetId.indexOf('.'))}.webp`);
    } catch (error) {
      const shape = error instanceof ApiError ? error.toJSON() : { code: 'internal' as const, message: 'The thumbnail could not be made.' };
      return sendApiError(res, shape);
    }
    const sent = await sendPicture(res, file, 'image/webp', headOnly);
    if (!sent) sendJson(res, 404, { code: 'not-found', message: 'This picture is not in the library (any more).' });
  };

  const pictureDir = options.pictureDir ?? dirname(options.assetPath(`${'0'.repeat(64)}.png`));

  /** Streams a picture whose real path lies inside pictureDir, under a policy that lets it run nothing; false when there is none. */
  const sendPicture = async (res: ServerResponse, file: string, type: string, headOnly: boolean): Promise<boolean> => {
    const real = await realPathInside(file, [pictureDir]);
    if (real === null) return false;
    const headers = { 'Content-Type': type, 'Cache-Control': ASSET_CACHE_CONTROL, 'Content-Security-Policy': PICTURE_CONTENT_SECURITY_POLICY };
    return sendFile(res, real, headers, headOnly);
  };

  const handleStatic = async (res: ServerResponse, path: string, headOnly: boolean): Promise<void> => {
    const file = resolveStaticPath(path, options.rendererDir);
    // The lexical check cannot see a symlink in the build that points elsewhere; the real path must stay inside too.
    const real = file === null ? null : await realPathInside(file, [options.rendererDir]);
    const type = file === null ? '' : contentTypeFor(file);
    const sent =
      real !== null &&
      (await sendFile(res, real, { 'Content-Type': type, 'Cache-Control': type.startsWith('text/html') ? 'no-store' : 'no-cache' }, headOnly));
    if (sent) return;
    // Browsers ask for a favicon on their own; "none" is not an error worth a red console line.
    if (path === '/favicon.ico') {
      res.writeHead(204, { 'Cache-Control': 'no-cache' });
      res.end();
      return;
    }
    sendJson(res, 404, { code: 'not-found', message: 'Nothing is served at this address.' });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('Newsdesk web host: request failed:', error);
      if (!res.headersSent) sendJson(res, 500, { code: 'internal', message: 'Newsdesk hit an unexpected problem. The details are in the terminal.' });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  if (!isContentType(req, 'application/json')) {
    throw new ApiError('unsupported-media', 'API requests must be sent as JSON (Content-Type: application/json).');
  }
  const text = (await readRequestBody(req, MAX_JSON_BYTES, TOO_LARGE_JSON)).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ApiError('bad-input', `The request is not valid JSON: ${(error as Error).message}`);
  }
}

async function readFileUpload(
  req: IncomingMessage,
  { what, maxBytes, tooLarge }: { what: string; maxBytes: number; tooLarge: string },
): Promise<{ fileName: string; bytes: Uint8Array }> {
  if (!isContentType(req, 'application/octet-stream')) {
    throw new ApiError('unsupported-media', `Send the ${what} as raw bytes (Content-Type: application/octet-stream).`);
  }
  const header = req.headers[ASSET_FILE_NAME_HEADER.toLowerCase()];
  if (typeof header !== 'string' || header === '') {
    throw new ApiError('bad-input', `The ${what} upload is missing its file name (header X-Newsdesk-File-Name).`);
  }
  let fileName: string;
  try {
    fileName = decodeURIComponent(header);
  } catch {
    throw new ApiError('bad-input', `The ${what} file name is not correctly URL-encoded.`);
  }
  const body = await readRequestBody(req, maxBytes, tooLarge);
  return { fileName, bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
}

function isContentType(req: IncomingMessage, expected: string): boolean {
  const value = req.headers['content-type'];
  return typeof value === 'string' && value.split(';')[0]?.trim().toLowerCase() === expected;
}

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

function sendUnauthorized(res: ServerResponse, asJson: boolean, reason: string): void {
  const message = `${reason} Open the link that \`npm run web\` printed in the terminal (it contains ?token=…).`;
  if (asJson) return sendJson(res, 401, { code: 'unauthorized', message });
  const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Newsdesk: not signed in</title>
<body style="font:16px system-ui;max-width:36rem;margin:4rem auto"><h1>Newsdesk</h1><p>${escapeHtml(message)}</p></body></html>`;
  res.writeHead(401, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(page) });
  res.end(page);
}
