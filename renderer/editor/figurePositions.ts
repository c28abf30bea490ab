import type { Node as PmNode } from '@tiptap/pm/model';
import type { FigureAttrs } from '@shared/editor/nodes/Figure.ts';

/** Every figure of a document with its position, in document order. */
export function figurePositions(doc: PmNode): { pos: number; attrs: FigureAttrs }[] {
  const found: { pos: number; attrs: FigureAttrs }[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'figure') {
      found.push({ pos, attrs: node.attrs as FigureAttrs });
      return false;
    }
    // Figures sit among blocks; there is nothing to find inside text.
    return !node.isTextblock;
  });
  return found;
}
