import type { BodyNode } from '@shared/story/bodySchema.ts';
import { ASSET_ID } from '@shared/story/assetId.ts';
import type { Picture, Story } from '@shared/story/storySchema.ts';

/** The words a story attaches to one use of a picture (hero, body figure or rail item). */
export type PicturePlacement = Pick<Picture, 'caption' | 'credit' | 'alt' | 'creator' | 'source' | 'copyright'>;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function collectFromBody(node: BodyNode, into: Map<string, PicturePlacement>): void {
  const attrs = node.attrs;
  if (node.type === 'figure' && attrs && typeof attrs.assetId === 'string' && ASSET_ID.test(attrs.assetId) && !into.has(attrs.assetId)) {
    into.set(attrs.assetId, {
      caption: text(attrs.caption),
      credit: text(attrs.credit),
      alt: text(attrs.alt),
      creator: text(attrs.creator),
      source: text(attrs.source),
      copyright: text(attrs.copyright),
    });
  }
  for (const child of node.content ?? []) collectFromBody(child, into);
}

/**
 * For every picture a story uses, its first placement in reading order (hero, body, rails).
 * An exported picture file carries one caption, so a picture used twice carries the first one's.
 */
export function picturePlacements(story: Story): Map<string, PicturePlacement> {
  const out = new Map<string, PicturePlacement>();
  const add = (picture: Story['hero'] | null): void => {
    if (picture?.assetId && ASSET_ID.test(picture.assetId) && !out.has(picture.assetId)) {
      const { caption, credit, alt, creator, source, copyright } = picture;
      out.set(picture.assetId, { caption, credit, alt, creator, source, copyright });
    }
  };
  add(story.hero);
  collectFromBody(story.body, out);
  for (const rail of story.rails) for (const item of rail.items) add(item.picture);
  return out;
}
