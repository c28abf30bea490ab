import { ApiError } from '../api/apiError.ts';
import { describeIssues } from '../story/describeIssues.ts';
import { exceedsJsonDepth, MAX_STORY_JSON_DEPTH } from '../story/exceedsJsonDepth.ts';
import { migrateStoryData, storyFormatOf } from '../story/migrateStory.ts';
import { storySchema, type Story } from '../story/storySchema.ts';
import { STORY_SCHEMA_VERSION } from '../story/storyFormat.ts';
import { referencedAssetIds } from './referencedAssetIds.ts';
import {
  STORY_EXPORT_FORMAT,
  STORY_EXPORT_FORMAT_VERSION,
  storyExportEnvelopeSchema,
  type ExportAsset,
} from './storyExportFormat.ts';

/** A story read back from an export file, with the pictures its manifest lists. */
export interface ParsedStoryExport {
  story: Story;
  /** Every picture in the manifest, each once. */
  assetIds: string[];
  /** The manifest itself: where each picture sits relative to the export file. */
  assets: ExportAsset[];
}

function badInput(message: string, details?: string[]): ApiError {
  return new ApiError('bad-input', message, details);
}

function prefixed(prefix: string, lines: string[]): string[] {
  return lines.map((line) => `${prefix}${line}`);
}

/**
 * Reads a Newsdesk story export (as written by serializeStoryExport). Throws
 * ApiError('bad-input') with a readable message, and one line per problem in
 * `details`, when the text is not JSON, is some other file, comes from a newer
 * Newsdesk, or holds an invalid story. A story in an older story format is
 * migrated to the current one. Desk notes never travel, so the story comes back
 * with `deskNotes: ''`.
 */
export function parseStoryExport(json: string): ParsedStoryExport {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw badInput(`This is not a Newsdesk story file: it is not valid JSON (${reason}).`, [`(file): not valid JSON: ${reason}`]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw badInput('This is not a Newsdesk story file: expected a JSON object.', ['(top level): expected a JSON object']);
  }
  const raw = data as Record<string, unknown>;
  if (raw.format !== STORY_EXPORT_FORMAT) {
    throw badInput(`This is not a Newsdesk story file: "format" should be "${STORY_EXPORT_FORMAT}".`, [
      `format: expected "${STORY_EXPORT_FORMAT}"`,
    ]);
  }
  if (typeof raw.formatVersion === 'number' && raw.formatVersion > STORY_EXPORT_FORMAT_VERSION) {
    throw badInput(
      `This story file was written by a newer Newsdesk (format version ${raw.formatVersion}); this version reads up to version ${STORY_EXPORT_FORMAT_VERSION}. Update Newsdesk to open it.`,
      [`formatVersion: ${raw.formatVersion} is newer than ${STORY_EXPORT_FORMAT_VERSION}`],
    );
  }

  if (exceedsJsonDepth(data)) {
    // Deeper nesting than any story would overflow the stack of the recursive body check.
    throw badInput(`The story file is not valid: it is nested more than ${MAX_STORY_JSON_DEPTH} levels deep, which no story is.`, [
      `(file): nested more than ${MAX_STORY_JSON_DEPTH} levels deep`,
    ]);
  }
  const storyVersion = storyFormatOf(raw.story);
  if (storyVersion !== null && storyVersion > STORY_SCHEMA_VERSION) {
    throw badInput(
      `This story file holds a story from a newer Newsdesk (story format ${storyVersion}); this version reads up to format ${STORY_SCHEMA_VERSION}. Update Newsdesk to open it.`,
      [`story.schemaVersion: ${storyVersion} is newer than ${STORY_SCHEMA_VERSION}`],
    );
  }

  const envelope = storyExportEnvelopeSchema.safeParse(raw);
  const storyInput = typeof raw.story === 'object' && raw.story !== null && !Array.isArray(raw.story) ? raw.story : {};
  const story = storySchema.safeParse(migrateStoryData({ ...storyInput, deskNotes: '' }).data);
  const problems = [
    ...(envelope.success ? [] : describeIssues(envelope.error).filter((line) => !line.startsWith('story'))),
    ...(story.success ? [] : prefixed('story.', describeIssues(story.error))),
  ];
  if (!envelope.success || !story.success) {
    throw badInput(`The story file is not valid: ${problems.slice(0, 3).join('; ')}`, problems);
  }

  const listed = new Set(envelope.data.assets.map((a) => a.assetId));
  const missing = referencedAssetIds(story.data).filter((id) => !listed.has(id));
  if (missing.length > 0) {
    const lines = missing.map((id) => `assets: the story uses picture ${id} but the file does not list it`);
    throw badInput(`The story file is not valid: ${lines.slice(0, 3).join('; ')}`, lines);
  }
  return { story: story.data, assetIds: [...listed], assets: envelope.data.assets };
}
