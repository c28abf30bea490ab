import { ApiError, type ApiErrorShape } from '@shared/api/apiError.ts';
import { fsErrorToApiError, isNodeFsError } from './fsErrorToApiError.ts';

/**
 * Any thrown value as the error shape sent to the renderer: ApiErrors as they are,
 * fs errors translated, anything else 'internal' with a readable message (and logged,
 * since it is a bug the user cannot fix).
 */
export function toApiErrorShape(error: unknown, method: string): ApiErrorShape {
  if (error instanceof ApiError) return error.toJSON();
  if (isNodeFsError(error)) return fsErrorToApiError(error).toJSON();
  console.error(`Newsdesk: ${method} failed unexpectedly`, error);
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';
  return { code: 'internal', message: `Something went wrong in Newsdesk (${method}): ${message}` };
}
