// The errors StoryLibrary gives for a story that is missing, unreadable or changed behind its back.
import { ApiError } from '@shared/api/apiError.ts';
import type { ReadStory } from './LibraryIndex.ts';

/** A story file that could not be used, as readStory reports it. */
export type Unreadable = Extract<ReadStory, { ok: false }>;

/** A save based on an older version than the file holds. */
export function changedElsewhere(onDisk: string, base: string): ApiError {
  return new ApiError(
    'conflict',
    'This story was changed elsewhere (another window or program) since you opened it. Reload it to see the newer version; copy your changes first.',
    [`on disk: ${onDisk}`, `yours is based on: ${base}`],
  );
}

/** No such story folder (or it went to the trash). */
export function notInLibrary(id: string): ApiError {
  return new ApiError('not-found', `There is no story ${id} in the library. It may have been moved to the trash.`);
}

/** A file from a newer Newsdesk (read-only here) or a damaged one; `prefix` says what was not done. */
export function unreadableError(problem: Unreadable, prefix = ''): ApiError {
  if (problem.kind === 'future-version') {
    return new ApiError('read-only', `This story is read-only here: ${problem.reason} ${prefix}`.trim(), [problem.reason]);
  }
  const kept = problem.keptAs ? ` A copy of the file as found is kept at ${problem.keptAs}.` : '';
  return new ApiError('damaged', `This story's file cannot be read. ${prefix}${problem.reason}${kept}`, [problem.reason]);
}
