import { Extension } from '@tiptap/core';
import { Selection, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Ctrl/Cmd+Home and Ctrl/Cmd+End (and Cmd+↑/↓ on a Mac), with Shift to select, done by the editor
 * instead of the browser. The browser finds "the end" among the lines it has laid out, and
 * paragraphs far off screen are not laid out (content-visibility): it stopped inside the last
 * paragraph instead of after it. The editor knows the document, then scrolls there (ScrollSettle
 * keeps the caret in view while the paragraphs it passes take their real size).
 */
export const JumpToEdges = Extension.create({
  name: 'jumpToEdges',
  addKeyboardShortcuts() {
    const jump = (toEnd: boolean, extend: boolean) => () => moveToEdge(this.editor.view, toEnd, extend);
    const keys: Record<string, () => boolean> = {
      'Mod-Home': jump(false, false),
      'Mod-End': jump(true, false),
      'Mod-Shift-Home': jump(false, true),
      'Mod-Shift-End': jump(true, true),
    };
    if (isMac) {
      keys['Mod-ArrowUp'] = jump(false, false);
      keys['Mod-ArrowDown'] = jump(true, false);
      keys['Mod-Shift-ArrowUp'] = jump(false, true);
      keys['Mod-Shift-ArrowDown'] = jump(true, true);
    }
    return keys;
  },
});

function moveToEdge(view: EditorView, toEnd: boolean, extend: boolean): boolean {
  const { doc, selection } = view.state;
  const edge = toEnd ? Selection.atEnd(doc) : Selection.atStart(doc);
  const next = extend ? TextSelection.between(selection.$anchor, toEnd ? edge.$to : edge.$from) : edge;
  view.dispatch(view.state.tr.setSelection(next).scrollIntoView());
  return true;
}
