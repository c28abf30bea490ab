import { ApiError } from '@shared/api/apiError.ts';
import { describeIssues } from '@shared/story/describeIssues.ts';
import { storySchema, type Story } from '@shared/story/storySchema.ts';

/** The story as the schema reads it, or a bad-input ApiError naming the first problems. */
export function validateStory(input: Story): Story {
  const result = storySchema.safeParse(input);
  if (!result.success) {
    const details = describeIssues(result.error);
    throw new ApiError('bad-input', `The story is not valid: ${details.slice(0, 3).join('; ')}`, details);
  }
  return result.data;
}
