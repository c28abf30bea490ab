import type { Node as PmNode } from '@tiptap/pm/model';
import { countWords } from '@shared/story/countWords.ts';

/**
 * Words in a ProseMirror document, read straight from the document so the
 * typing path never builds JSON. Matches `countWords(bodyToPlainText(json))`:
 * blocks and line breaks separate words, pictures and boxes add none.
 */
export function countDocWords(doc: PmNode): number {
  return countWords(doc.textBetween(0, doc.content.size, '\n', '\n'));
}
