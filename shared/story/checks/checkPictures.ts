import type { BodyNode } from '../bodySchema.ts';
import { pictureProblems, type PictureWords } from '../pictureProblems.ts';
import type { Story } from '../storySchema.ts';
import { figurePositionsInBody } from './bodyPositions.ts';
import type { DeskFinding, DeskTarget } from './deskProblem.ts';

function text(value: string | number | boolean | null | undefined): string {
  return typeof value === 'string' ? value : '';
}

function figureWords(node: BodyNode): PictureWords {
  const a = node.attrs ?? {};
  const assetId = text(a.assetId);
  return { assetId: assetId === '' ? null : assetId, caption: text(a.caption), credit: text(a.credit), alt: text(a.alt), creator: text(a.creator), source: text(a.source) };
}

/** A slot without a picture file has nothing to caption, credit or describe. Picture problems are errors. */
export function pictureFindings(picture: PictureWords | null, where: string, target: DeskTarget): DeskFinding[] {
  if (picture === null || picture.assetId === null) return [];
  return pictureProblems(picture).map((p) => ({ rule: p.code, severity: 'error' as const, message: `${where}: ${p.message}`, target }));
}

/** The photo desk's checks (see pictureProblems) on the hero and on every body figure, in reading order. */
export function checkPictures(story: Pick<Story, 'hero' | 'body'>): DeskFinding[] {
  return [
    ...pictureFindings(story.hero, 'Hero picture', { kind: 'hero' }),
    ...figurePositionsInBody(story.body).flatMap(({ node, pos }, i) =>
      pictureFindings(figureWords(node), `Picture ${i + 1} in the body`, { kind: 'figure', index: i + 1, pos }),
    ),
  ];
}
