import type { BodyNode } from '../story/bodySchema.ts';
import { ASSET_ID } from '../story/assetId.ts';
import type { Story } from '../story/storySchema.ts';

function collectFromBody(node: BodyNode, into: string[]): void {
  if (node.type === 'figure' && typeof node.attrs?.assetId === 'string') into.push(node.attrs.assetId);
  for (const child of node.content ?? []) collectFromBody(child, into);
}

/**
 * Every picture a story uses, in reading order, each once: the hero, the
 * figures in the body, then the pictures of rail items.
 */
export function referencedAssetIds(story: Story): string[] {
  const ids: string[] = [];
  if (story.hero.assetId) ids.push(story.hero.assetId);
  collectFromBody(story.body, ids);
  for (const rail of story.rails) {
    for (const item of rail.items) if (item.picture?.assetId) ids.push(item.picture.assetId);
  }
  return [...new Set(ids.filter((id) => ASSET_ID.test(id)))];
}
