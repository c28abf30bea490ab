import type { BodyDoc, BodyMark, BodyNode } from '../bodySchema.ts';

/** Nodes with no content of their own: they take one position, as in ProseMirror. */
const LEAF_TYPES = new Set<string>(['hardBreak', 'figure', 'adSlot', 'newsletterBox']);
/** Nodes whose content is inline text. */
const TEXTBLOCK_TYPES = new Set<string>(['paragraph', 'heading', 'pullQuote']);

/**
 * A node's size in ProseMirror positions: a text node counts its UTF-16 code units, a leaf counts
 * one, any other node its content plus one position for its start and one for its end.
 */
export function nodeSize(node: BodyNode): number {
  if (node.type === 'text') return (node.text ?? '').length;
  if (LEAF_TYPES.has(node.type)) return 1;
  let size = 2;
  for (const child of node.content ?? []) size += nodeSize(child);
  return size;
}

/** A run of text inside a textblock, at `from`..`to` in the document. */
export interface TextRun {
  from: number;
  to: number;
  marks: BodyMark[];
}

/** A paragraph, heading or pull quote, with its text laid out so offset `i` is at position `start + i`. */
export interface TextBlock {
  type: 'paragraph' | 'heading' | 'pullQuote';
  /** Position of the node itself (before its opening token). */
  pos: number;
  /** Position of its first character. */
  start: number;
  /** Its text; a hard break reads "\n" and any other inline leaf U+FFFC, each one position wide. */
  text: string;
  runs: TextRun[];
  /** Whether it sits directly in the document (not in a list or quote). */
  topLevel: boolean;
}

/** A top-level block of the body and where it starts. */
export interface TopBlock {
  node: BodyNode;
  pos: number;
}

/** Every textblock of the body in document order, with ProseMirror positions. Pure. */
export function bodyTextBlocks(doc: BodyDoc): TextBlock[] {
  const blocks: TextBlock[] = [];
  const visit = (node: BodyNode, pos: number, topLevel: boolean): void => {
    if (TEXTBLOCK_TYPES.has(node.type)) {
      const start = pos + 1;
      let text = '';
      const runs: TextRun[] = [];
      for (const child of node.content ?? []) {
        const from = start + text.length;
        if (child.type === 'text') {
          text += child.text ?? '';
          runs.push({ from, to: start + text.length, marks: child.marks ?? [] });
        } else {
          text += child.type === 'hardBreak' ? '\n' : '\uFFFC';
        }
      }
      blocks.push({ type: node.type as TextBlock['type'], pos, start, text, runs, topLevel });
      return;
    }
    if (LEAF_TYPES.has(node.type) || node.type === 'text') return;
    let childPos = pos + 1;
    for (const child of node.content ?? []) {
      visit(child, childPos, false);
      childPos += nodeSize(child);
    }
  };
  for (const block of topLevelBlocks(doc)) visit(block.node, block.pos, true);
  return blocks;
}

/** The body's top-level blocks with their positions (the document's content starts at 0). */
export function topLevelBlocks(doc: BodyDoc): TopBlock[] {
  const blocks: TopBlock[] = [];
  let pos = 0;
  for (const node of doc.content) {
    blocks.push({ node, pos });
    pos += nodeSize(node);
  }
  return blocks;
}

/** Positions of the body's figures in reading order (nested ones included), as preflight numbers them. */
export function figurePositionsInBody(doc: BodyDoc): { node: BodyNode; pos: number }[] {
  const found: { node: BodyNode; pos: number }[] = [];
  const visit = (node: BodyNode, pos: number): void => {
    if (node.type === 'figure') found.push({ node, pos });
    if (LEAF_TYPES.has(node.type) || node.type === 'text') return;
    let childPos = pos + 1;
    for (const child of node.content ?? []) {
      visit(child, childPos);
      childPos += nodeSize(child);
    }
  };
  for (const block of topLevelBlocks(doc)) visit(block.node, block.pos);
  return found;
}
