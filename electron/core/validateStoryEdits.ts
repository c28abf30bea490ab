import { z } from 'zod';
import { ApiError } from '@shared/api/apiError.ts';
import { bodyEditSchema, type BodyEdit } from '@shared/story/bodyEditSchema.ts';
import { describeIssues } from '@shared/story/describeIssues.ts';
import { storyFieldsSchema, type StoryFields } from '@shared/story/storySchema.ts';

const storyEditsSchema = z.object({ fields: storyFieldsSchema, edit: bodyEditSchema });

/** A story's fields and its body's edit as the schemas read them, or a bad-input ApiError naming the first problems. */
export function validateStoryEdits(fields: StoryFields, edit: BodyEdit): { fields: StoryFields; edit: BodyEdit } {
  const result = storyEditsSchema.safeParse({ fields, edit });
  if (!result.success) {
    const details = describeIssues(result.error);
    throw new ApiError('bad-input', `The story is not valid: ${details.slice(0, 3).join('; ')}`, details);
  }
  return result.data;
}
