import type { Picture } from './storySchema.ts';

/** A picture slot with no file and no words yet. */
export function emptyPicture(): Picture {
  return { assetId: null, caption: '', credit: '', alt: '', creator: '', source: '', copyright: '', usageTerms: '' };
}
