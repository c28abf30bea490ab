import type { Node as PmNode } from '@tiptap/pm/model';

/**
 * Where a block (a picture, an ad slot, a newsletter box) goes when asked for at `pos`: a place
 * inside a paragraph's text, not at either end, moves to just after that paragraph, so the block
 * never cuts a sentence in two. Any other place is kept.
 */
export function blockInsertPosition(doc: PmNode, pos: number): number {
  const $pos = doc.resolve(pos);
  const { parent, parentOffset } = $pos;
  if (!parent.isTextblock || parentOffset === 0 || parentOffset >= parent.content.size) return pos;
  return $pos.after();
}
