import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { TextSelection } from '@tiptap/pm/state';

const PROBE_LINK = { href: 'https://example.com' };

/** Read through a selector, so the toolbar re-renders only when one of these values changes. */
export type ToolbarState = CaretState & { canUndo: boolean; canRedo: boolean };
type CaretState = ReturnType<typeof selectCaretState>;

/**
 * What a caret's toolbar state depends on: the blocks around it (type, heading level, index),
 * whether it is at a block's start or end, the marks it would type with, and editability.
 * Null for any other selection (a range, a picture), which is always computed afresh.
 */
function caretKey(editor: Editor): string | null {
  const { state } = editor;
  const { selection } = state;
  if (!(selection instanceof TextSelection) || !selection.empty) return null;
  const $pos = selection.$from;
  let key = editor.isEditable ? 'e|' : 'r|';
  for (let depth = 0; depth <= $pos.depth; depth++) {
    const node = $pos.node(depth);
    key += `${node.type.name}:${String(node.attrs.level ?? '')}:${$pos.index(depth)}/`;
  }
  key += `|${$pos.parentOffset === 0 ? 's' : ''}${$pos.parentOffset === $pos.parent.content.size ? 'e' : ''}|`;
  for (const mark of state.storedMarks ?? $pos.marks()) key += `${mark.type.name},`;
  return key;
}

// The last caret state per editor: typing keeps the key, so no key pays for ~20 `can()` dry runs.
const caretCache = new WeakMap<Editor, { key: string; value: CaretState }>();

function selectCaretState(editor: Editor) {
  const can = () => editor.can();
  return {
    bold: editor.isActive('bold'),
    canBold: can().toggleBold(),
    italic: editor.isActive('italic'),
    canItalic: can().toggleItalic(),
    link: editor.isActive('link'),
    canLink: can().setLink(PROBE_LINK),
    h2: editor.isActive('heading', { level: 2 }),
    canH2: can().toggleHeading({ level: 2 }),
    h3: editor.isActive('heading', { level: 3 }),
    canH3: can().toggleHeading({ level: 3 }),
    blockquote: editor.isActive('blockquote'),
    canBlockquote: can().toggleBlockquote(),
    pullQuote: editor.isActive('pullQuote'),
    canPullQuote: can().togglePullQuote(),
    bulletList: editor.isActive('bulletList'),
    canBulletList: can().toggleBulletList(),
    orderedList: editor.isActive('orderedList'),
    canOrderedList: can().toggleOrderedList(),
    canInsertBlock: can().insertAdSlot(),
  };
}

/** A caret in a plain paragraph: every button applies (can() answers so, editable or not) and none is on. */
const PLAIN_CARET: CaretState = {
  bold: false,
  canBold: true,
  italic: false,
  canItalic: true,
  link: false,
  canLink: true,
  h2: false,
  canH2: true,
  h3: false,
  canH3: true,
  blockquote: false,
  canBlockquote: true,
  pullQuote: false,
  canPullQuote: true,
  bulletList: false,
  canBulletList: true,
  orderedList: false,
  canOrderedList: true,
  canInsertBlock: true,
};

/**
 * The toolbar as drawn with the story's first frame, before its real state is worked out: that of
 * a caret in a plain paragraph, where a story opens, with undo and redo read from the history. The
 * ~20 `can()` dry runs of the real state, cold code on first use, would hold that frame up.
 */
export function selectFirstFrameToolbarState({ editor }: { editor: Editor }): ToolbarState {
  return { ...PLAIN_CARET, canUndo: undoDepth(editor.state) > 0, canRedo: redoDepth(editor.state) > 0 };
}

/**
 * The toolbar's state for a `useEditorState` selector, run on every transaction. At a caret the
 * ~20 `can()` dry runs are reused while the caret stays in the same place in the same kind of
 * block with the same marks (as while typing); undo and redo are read from the history.
 */
export function selectToolbarState({ editor }: { editor: Editor }): ToolbarState {
  const key = caretKey(editor);
  const cached = key === null ? undefined : caretCache.get(editor);
  let caret: CaretState;
  if (cached && cached.key === key) caret = cached.value;
  else {
    caret = selectCaretState(editor);
    if (key !== null) caretCache.set(editor, { key, value: caret });
  }
  // The same answers as can().undo() and can().redo(), read straight from the history.
  return { ...caret, canUndo: undoDepth(editor.state) > 0, canRedo: redoDepth(editor.state) > 0 };
}
