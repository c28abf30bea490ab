import { ApiError } from './apiError.ts';
import { apiInputs, isApiMethod, type ApiMethod, type ApiParsedInput } from './contract.ts';
import { describeIssues } from '../story/describeIssues.ts';
import { exceedsJsonDepth, MAX_STORY_JSON_DEPTH } from '../story/exceedsJsonDepth.ts';

/** Validates a method name and its input; throws a readable bad-input ApiError otherwise. */
export function parseApiInput<M extends ApiMethod>(method: string, input: unknown): { method: M; input: ApiParsedInput<M> } {
  if (!isApiMethod(method)) throw new ApiError('not-found', `There is no API method called "${method.slice(0, 60)}".`);
  // The body schema is recursive: thousands of nested levels would overflow the validator's stack.
  if (exceedsJsonDepth(input, MAX_STORY_JSON_DEPTH + 8)) {
    throw new ApiError('bad-input', `Invalid input for ${method}: it nests deeper than any story can (${MAX_STORY_JSON_DEPTH} levels).`);
  }
  const result = apiInputs[method].safeParse(input ?? {});
  if (!result.success) {
    const details = describeIssues(result.error);
    throw new ApiError('bad-input', `Invalid input for ${method}: ${details.slice(0, 3).join('; ')}`, details);
  }
  return { method: method as M, input: result.data as ApiParsedInput<M> };
}
