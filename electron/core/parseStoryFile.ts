import { describeIssues } from '@shared/story/describeIssues.ts';
import { STORY_SCHEMA_VERSION, storySchema, type Story } from '@shared/story/storySchema.ts';

/** A story file's contents, or why it cannot be used. */
export type ParsedStoryFile = { ok: true; story: Story } | { ok: false; reason: string };

/**
 * Checks the text of a `story.json`: valid JSON, not from a newer Newsdesk,
 * matching the story schema, and carrying the id of the folder it sits in.
 */
export function parseStoryFile(text: string, folderId: string): ParsedStoryFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: text.trim() === '' ? 'story.json is empty.' : `story.json is not valid JSON (${detail}).` };
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const version = (data as { schemaVersion?: unknown }).schemaVersion;
    if (typeof version === 'number' && version > STORY_SCHEMA_VERSION) {
      return {
        ok: false,
        reason: `story.json was written by a newer Newsdesk (story format ${version}; this version reads format ${STORY_SCHEMA_VERSION}). Update Newsdesk to open it.`,
      };
    }
  }
  const result = storySchema.safeParse(data);
  if (!result.success) {
    const issues = describeIssues(result.error);
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    return { ok: false, reason: `story.json does not match the story format: ${issues.slice(0, 5).join('; ')}${more}.` };
  }
  if (result.data.id !== folderId) {
    return { ok: false, reason: `story.json belongs to story ${result.data.id} but sits in folder ${folderId}.` };
  }
  return { ok: true, story: result.data };
}
