import type { Editor } from '@tiptap/core';
import type { LinkTargetRange } from './linkTarget.ts';

/**
 * Links exactly `range` to `href`, wherever the selection has gone since. An empty
 * range gets the address itself as its linked text. Leaves the linked text selected.
 */
export function applyLinkToRange(editor: Editor, range: LinkTargetRange, href: string): boolean {
  if (range.from === range.to) {
    const text = href.replace(/^mailto:/i, '');
    return editor
      .chain()
      .insertContentAt(range.from, { type: 'text', text, marks: [{ type: 'link', attrs: { href } }] })
      .setTextSelection({ from: range.from, to: range.from + text.length })
      .run();
  }
  return editor.chain().setTextSelection(range).setLink({ href }).run();
}

/** Removes any link from exactly `range`. */
export function removeLinkFromRange(editor: Editor, range: LinkTargetRange): boolean {
  return editor.chain().setTextSelection(range).unsetLink().run();
}
