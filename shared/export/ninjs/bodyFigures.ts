import type { BodyNode } from '../../story/bodySchema.ts';
import { ASSET_ID } from '../../story/assetId.ts';
import type { Picture } from '../../story/storySchema.ts';

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The body figures in reading order, as pictures (an invalid picture reference reads as none). */
export function bodyFigures(node: BodyNode, into: Picture[] = []): Picture[] {
  if (node.type === 'figure') {
    const a = node.attrs ?? {};
    into.push({
      assetId: typeof a.assetId === 'string' && ASSET_ID.test(a.assetId) ? a.assetId : null,
      caption: str(a.caption),
      credit: str(a.credit),
      alt: str(a.alt),
      creator: str(a.creator),
      source: str(a.source),
      copyright: str(a.copyright),
      usageTerms: str(a.usageTerms),
    });
  }
  for (const child of node.content ?? []) bodyFigures(child, into);
  return into;
}

