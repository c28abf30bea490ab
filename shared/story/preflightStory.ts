import type { BodyNode } from './bodySchema.ts';
import { pictureProblems, type PictureProblemCode, type PictureWords } from './pictureProblems.ts';
import type { Story } from './storySchema.ts';

/**
 * Where a problem sits, so the UI can jump to it. Every index is 1-based, as in the messages:
 * `figure.index` counts the body's figures in reading order (empty ones too); `railIndex` and
 * `itemIndex` are positions in `story.rails` and in that rail's `items`, plus one.
 */
export type PreflightTarget =
  | { kind: 'headline' }
  | { kind: 'hero' }
  | { kind: 'figure'; index: number }
  | { kind: 'rail-item'; railIndex: number; itemIndex: number };

export type PreflightCode = PictureProblemCode | 'missing-headline' | 'rail-item-missing-title' | 'rail-item-missing-url';

/** One thing to fix before export, with a message a desk editor understands. */
export interface PreflightItem {
  code: PreflightCode;
  message: string;
  target: PreflightTarget;
}

function text(value: string | number | boolean | null | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** The body's figures in reading order, as picture fields. */
function bodyFigures(story: Story): PictureWords[] {
  const figures: PictureWords[] = [];
  const walk = (node: BodyNode): void => {
    if (node.type === 'figure') {
      const a = node.attrs ?? {};
      const assetId = text(a.assetId);
      figures.push({
        assetId: assetId === '' ? null : assetId,
        caption: text(a.caption),
        credit: text(a.credit),
        alt: text(a.alt),
        creator: text(a.creator),
        source: text(a.source),
      });
    }
    node.content?.forEach(walk);
  };
  story.body.content.forEach(walk);
  return figures;
}

/** A slot without a picture file has nothing to caption, credit or describe. */
function pictureItems(picture: PictureWords | null, where: string, target: PreflightTarget): PreflightItem[] {
  if (picture === null || picture.assetId === null) return [];
  return pictureProblems(picture).map((p) => ({ code: p.code, message: `${where}: ${p.message}`, target }));
}

/**
 * The export preflight: everything a desk editor should fix before a story leaves Newsdesk, in
 * reading order: an empty headline; each picture problem (see pictureProblems) of the hero, of
 * every body figure and of every rail item's picture; rail items without a title or a URL.
 * Picture slots with no file are skipped. An empty list means the story is ready. Pure.
 */
export function preflightStory(story: Story): PreflightItem[] {
  const items: PreflightItem[] = [];
  if (story.headline.trim() === '') items.push({ code: 'missing-headline', message: 'The headline is empty', target: { kind: 'headline' } });
  items.push(...pictureItems(story.hero, 'Hero picture', { kind: 'hero' }));
  bodyFigures(story).forEach((figure, i) => {
    items.push(...pictureItems(figure, `Picture ${i + 1} in the body`, { kind: 'figure', index: i + 1 }));
  });
  story.rails.forEach((rail, r) => {
    const railName = rail.name.trim() === '' ? `Rail ${r + 1}` : `Rail “${rail.name.trim()}”`;
    rail.items.forEach((item, i) => {
      const where = `${railName}, item ${i + 1}`;
      const target: PreflightTarget = { kind: 'rail-item', railIndex: r + 1, itemIndex: i + 1 };
      if (item.title.trim() === '') items.push({ code: 'rail-item-missing-title', message: `${where}: no title`, target });
      if (item.url.trim() === '') items.push({ code: 'rail-item-missing-url', message: `${where}: no URL`, target });
      items.push(...pictureItems(item.picture, `${where}, picture`, target));
    });
  });
  return items;
}
