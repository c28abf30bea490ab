import { z } from 'zod';
import { assetIdSchema, type Story } from '../story/storySchema.ts';

/** The name in every Newsdesk story export file. */
export const STORY_EXPORT_FORMAT = 'newsdesk-story';

/** Bump when the envelope changes; older readers refuse newer files with a clear message. */
export const STORY_EXPORT_FORMAT_VERSION = 1;

/** A picture's place relative to the export file: plain relative path, no `..`, no absolute path. */
export const exportAssetPathSchema = z
  .string()
  .max(300)
  .regex(/^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._\-/]+$/, 'a picture path is a plain relative path such as images/<file>');

export const exportAssetSchema = z.object({ assetId: assetIdSchema, path: exportAssetPathSchema }).strict();
export type ExportAsset = z.infer<typeof exportAssetSchema>;

/** The envelope; the story inside is checked separately against storySchema. */
export const storyExportEnvelopeSchema = z
  .object({
    format: z.literal(STORY_EXPORT_FORMAT),
    formatVersion: z.literal(STORY_EXPORT_FORMAT_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    generator: z.string().max(200),
    story: z.record(z.string(), z.unknown()),
    assets: z.array(exportAssetSchema).max(10_000),
  })
  .strict();

/** A Story as it travels in an export: desk notes are internal and never leave the library. */
export type ExportedStory = Omit<Story, 'deskNotes'>;

/** The JSON document `serializeStoryExport` writes. */
export interface StoryExportFile {
  format: typeof STORY_EXPORT_FORMAT;
  formatVersion: typeof STORY_EXPORT_FORMAT_VERSION;
  exportedAt: string;
  generator: string;
  story: ExportedStory;
  assets: ExportAsset[];
}
