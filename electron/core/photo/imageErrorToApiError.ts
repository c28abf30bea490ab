import { ApiError } from '@shared/api/apiError.ts';
import { MAX_INPUT_PIXELS } from '../maxInputPixels.ts';

/**
 * Turns a sharp/libvips failure on an untrusted picture into a message a user can act on.
 * An ApiError passes through unchanged; the raw libvips reason is kept in `details`.
 */
export function imageErrorToApiError(error: unknown, name: string): ApiError {
  if (error instanceof ApiError) return error;
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] || 'decoding failed';
  if (/pixel limit/i.test(reason)) {
    return new ApiError('too-large', `${name} has more than ${MAX_INPUT_PIXELS / 1_000_000} million pixels; make a smaller copy and add that.`, [
      reason,
    ]);
  }
  if (/blocked/i.test(reason) || /unsupported image format/i.test(reason)) {
    return new ApiError('unsupported-media', `${name} is not a JPEG, PNG or WebP picture Newsdesk can open.`, [reason]);
  }
  return new ApiError('unsupported-media', `${name} is damaged or incomplete (the picture data ends early or is corrupt), so it cannot be used.`, [
    reason,
  ]);
}
