import type { BodyNode } from './bodySchema.ts';

const BLOCKS_WITHOUT_TEXT = new Set(['adSlot', 'newsletterBox', 'figure']);

/** The reader-visible text of a body, one block per line, for counting and search. */
export function bodyToPlainText(node: BodyNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  if (BLOCKS_WITHOUT_TEXT.has(node.type)) return '';
  const parts = (node.content ?? []).map(bodyToPlainText);
  const isInlineContainer = node.type === 'paragraph' || node.type === 'heading' || node.type === 'pullQuote';
  return isInlineContainer ? parts.join('') : parts.filter((p) => p !== '').join('\n');
}
