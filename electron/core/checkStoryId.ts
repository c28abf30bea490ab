import { ApiError } from '@shared/api/apiError.ts';
import { storyIdSchema } from '@shared/story/storySchema.ts';

/** Story ids become folder and file names, so only valid ids (no dots, no slashes) get near the disk. */
export function checkStoryId(id: string): string {
  const result = storyIdSchema.safeParse(id);
  if (!result.success) throw new ApiError('bad-input', `"${String(id).slice(0, 80)}" is not a valid story id.`);
  return result.data;
}
