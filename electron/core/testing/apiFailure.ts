import { expect } from 'vitest';
import { ApiError } from '@shared/api/apiError.ts';

/** The ApiError a call rejects with; fails the test when it resolves or rejects with anything else. */
export async function apiFailure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}
