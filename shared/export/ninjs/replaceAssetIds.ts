import type { BodyNode } from '../../story/bodySchema.ts';
import type { Picture, Story } from '../../story/storySchema.ts';

/**
 * The story with every picture reference (hero, body figures, rail item pictures) swapped
 * through `map`; references not in the map stay as they are. Returns a new story.
 */
export function replaceAssetIds(story: Story, map: ReadonlyMap<string, string>): Story {
  const swap = (id: string | null): string | null => (id === null ? null : (map.get(id) ?? id));
  const picture = (p: Picture): Picture => ({ ...p, assetId: swap(p.assetId) });
  const walk = (node: BodyNode): BodyNode => {
    const attrs = node.type === 'figure' && typeof node.attrs?.assetId === 'string' ? { ...node.attrs, assetId: swap(node.attrs.assetId) } : node.attrs;
    const next: BodyNode = { ...node, ...(attrs ? { attrs } : {}) };
    return node.content ? { ...next, content: node.content.map(walk) } : next;
  };
  return {
    ...story,
    hero: picture(story.hero),
    body: { type: 'doc', content: story.body.content.map(walk) },
    rails: story.rails.map((rail) => ({ ...rail, items: rail.items.map((item) => ({ ...item, picture: item.picture ? picture(item.picture) : null })) })),
  };
}
