import type { Story } from '../story/storySchema.ts';
import { referencedAssetIds } from './referencedAssetIds.ts';
import { STORY_EXPORT_FORMAT, STORY_EXPORT_FORMAT_VERSION, type StoryExportFile } from './storyExportFormat.ts';

export interface SerializeStoryExportOptions {
  /** When the export was made (ISO time); defaults to now. */
  exportedAt?: string;
  /** Which program wrote the file, e.g. "Newsdesk 0.1.0". */
  generator?: string;
}

/**
 * The lossless JSON export of a story, pretty-printed: every field except the
 * internal desk notes, plus a manifest of the pictures it needs
 * (`images/<assetId>` beside the file). `parseStoryExport` reads it back.
 */
export function serializeStoryExport(story: Story, options: SerializeStoryExportOptions = {}): string {
  const { deskNotes: _internal, ...exported } = story;
  void _internal;
  const file: StoryExportFile = {
    format: STORY_EXPORT_FORMAT,
    formatVersion: STORY_EXPORT_FORMAT_VERSION,
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    generator: options.generator ?? 'Newsdesk',
    story: exported,
    assets: referencedAssetIds(story).map((assetId) => ({ assetId, path: `images/${assetId}` })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
