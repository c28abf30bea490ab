import type { IncomingMessage } from 'node:http';
import { ApiError } from '@shared/api/apiError.ts';

/**
 * Reads a whole request body into memory, refusing (with a too-large
 * ApiError) as soon as the declared or received length passes `limit`, so an
 * oversized upload never fills the memory first. The request is paused, not
 * destroyed, on refusal so that the caller can still answer with a 413.
 */
export function readRequestBody(req: IncomingMessage, limit: number, tooLargeMessage: string): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new ApiError('too-large', tooLargeMessage));
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const cleanup = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.byteLength;
      if (received > limit) {
        cleanup();
        req.pause();
        reject(new ApiError('too-large', tooLargeMessage));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(Buffer.concat(chunks, received));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
