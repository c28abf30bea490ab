import type { ChainedCommands, Editor, JSONContent } from '@tiptap/core';
import { GapCursor } from '@tiptap/pm/gapcursor';
import { NodeSelection, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { FigureAttrs } from '@shared/editor/nodes/Figure.ts';
import { blockInsertPosition } from './blockInsertPosition.ts';

/** The blocks the toolbar, menu and handle can insert; a figure may come with words prefilled from its file. */
export type InsertableBlock = { kind: 'figure'; assetId: string; attrs?: Partial<FigureAttrs> } | { kind: 'ad-slot' } | { kind: 'newsletter' };

/**
 * Inserts a block at the caret, then puts the caret after it, so that typing
 * goes on in the text instead of replacing the new block. When a whole block
 * is selected (say a picture), the new block goes after it instead of replacing it;
 * with the caret inside a sentence, after the caret's paragraph.
 */
export function insertBlock(editor: Editor, block: InsertableBlock): boolean {
  const { selection } = editor.state;
  let chain: ChainedCommands = editor.chain().focus();
  const place = selection.empty ? blockInsertPosition(editor.state.doc, selection.from) : selection.from;
  if (selection instanceof NodeSelection && selection.node.isBlock) {
    chain = chain.insertContentAt(selection.to, blockContent(block)).setNodeSelection(selection.to);
  } else if (place !== selection.from) {
    // The caret is inside a sentence: the block goes after its paragraph.
    chain = chain.insertContentAt(place, blockContent(block)).setNodeSelection(place);
  } else if (block.kind === 'figure') {
    chain = chain.insertFigure({ ...block.attrs, assetId: block.assetId });
  } else if (block.kind === 'ad-slot') {
    chain = chain.insertAdSlot();
  } else {
    chain = chain.insertNewsletterBox();
  }
  return chain.command(({ tr }) => moveCaretPastSelectedBlock(tr)).run();
}

// Attributes left out take the shared node's defaults.
function blockContent(block: InsertableBlock): JSONContent {
  if (block.kind === 'figure') return { type: 'figure', attrs: { ...block.attrs, assetId: block.assetId } };
  return { type: block.kind === 'ad-slot' ? 'adSlot' : 'newsletterBox' };
}

function moveCaretPastSelectedBlock(tr: Transaction): boolean {
  const { selection } = tr;
  if (!(selection instanceof NodeSelection)) return true;
  const after = selection.to;
  const next = tr.doc.nodeAt(after);
  if (next?.isTextblock) tr.setSelection(TextSelection.create(tr.doc, after + 1));
  // Between two blocks without text, a gap cursor lets the writer start a paragraph there.
  else tr.setSelection(new GapCursor(tr.doc.resolve(after)));
  return true;
}
