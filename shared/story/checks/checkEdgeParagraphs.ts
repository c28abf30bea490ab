import type { BodyDoc, BodyNode } from '../bodySchema.ts';
import { nodeSize, topLevelBlocks } from './bodyPositions.ts';
import type { DeskFinding } from './deskProblem.ts';

/** A paragraph with no text, or only white space and line breaks. */
function isEmptyParagraph(node: BodyNode): boolean {
  if (node.type !== 'paragraph') return false;
  return (node.content ?? []).every((child) => child.type === 'hardBreak' || (child.type === 'text' && (child.text ?? '').trim() === ''));
}

/**
 * Empty paragraphs before the first block or after the last one print as blank space on the page.
 * Each is a warning pointing at the paragraph. A body that is nothing but empty paragraphs (not yet
 * written) has none.
 */
export function checkEdgeParagraphs(doc: BodyDoc): DeskFinding[] {
  const blocks = topLevelBlocks(doc);
  const firstFull = blocks.findIndex((b) => !isEmptyParagraph(b.node));
  if (firstFull === -1) return [];
  let lastFull = blocks.length - 1;
  while (isEmptyParagraph(blocks[lastFull]?.node ?? { type: 'doc' })) lastFull -= 1;
  const edge = (b: (typeof blocks)[number], where: 'start' | 'end'): DeskFinding => ({
    rule: 'edge-empty-paragraph',
    severity: 'warning',
    message: `Body: empty paragraph at the ${where}`,
    target: { kind: 'body', from: b.pos, to: b.pos + nodeSize(b.node) },
  });
  return [...blocks.slice(0, firstFull).map((b) => edge(b, 'start')), ...blocks.slice(lastFull + 1).map((b) => edge(b, 'end'))];
}
