import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { HTTP_STATUS_FOR_CODE, type ApiErrorShape } from '@shared/api/apiError.ts';
import { SECURITY_HEADERS } from './contentSecurityPolicy.ts';

/** Sets the headers every response of the web host carries. */
export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/** Sends a JSON value; API answers are never cached. */
export function sendJson(res: ServerResponse, status: number, value: unknown, extraHeaders: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(body);
}

/** Sends an ApiErrorShape with the HTTP status its code maps to. */
export function sendApiError(res: ServerResponse, error: ApiErrorShape, extraHeaders: Record<string, string> = {}): void {
  sendJson(res, HTTP_STATUS_FOR_CODE[error.code] ?? 500, error, extraHeaders);
}

/**
 * Streams a file with the given headers, or returns false when it is not a
 * regular file (missing, a folder…) so the caller can send its own 404.
 */
export async function sendFile(res: ServerResponse, filePath: string, headers: Record<string, string>, headOnly: boolean): Promise<boolean> {
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return false;
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') return false;
    throw error;
  }
  res.writeHead(200, { ...headers, 'Content-Length': size });
  if (headOnly) {
    res.end();
    return true;
  }
  await pipeline(createReadStream(filePath), res);
  return true;
}
