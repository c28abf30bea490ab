import { fsErrorToApiError } from './fsErrorToApiError.ts';

/** Runs file work and rethrows any failure as an ApiError a user can act on. */
export async function guardFs<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw fsErrorToApiError(error);
  }
}
