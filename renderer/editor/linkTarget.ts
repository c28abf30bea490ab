import { Extension, getMarkRange, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** The text a link form works on, fixed when the form opens. */
export interface LinkTargetRange {
  from: number;
  to: number;
}

interface LinkTargetState {
  range: LinkTargetRange | null;
  decorations: DecorationSet;
}

const linkTargetKey = new PluginKey<LinkTargetState>('ndLinkTarget');
const EMPTY: LinkTargetState = { range: null, decorations: DecorationSet.empty };

/**
 * Remembers the range the link form acts on and keeps it highlighted
 * (`.nd-link-target`) while the focus is in the form, where the browser no longer
 * shows the text selection. The range follows edits made meanwhile.
 */
export const LinkTarget = Extension.create({
  name: 'ndLinkTarget',

  addProseMirrorPlugins() {
    return [
      new Plugin<LinkTargetState>({
        key: linkTargetKey,
        state: {
          init: () => EMPTY,
          apply(tr, value, _old, newState) {
            const meta = tr.getMeta(linkTargetKey) as LinkTargetRange | null | undefined;
            if (meta === null) return EMPTY;
            if (meta) return { range: meta, decorations: decorate(newState, meta) };
            if (!value.range || !tr.docChanged) return value;
            const from = tr.mapping.map(value.range.from, 1);
            const to = Math.max(from, tr.mapping.map(value.range.to, -1));
            return { range: { from, to }, decorations: value.decorations.map(tr.mapping, tr.doc) };
          },
        },
        props: {
          decorations: (state) => linkTargetKey.getState(state)?.decorations ?? null,
        },
      }),
    ];
  },
});

function decorate(state: EditorState, range: LinkTargetRange): DecorationSet {
  if (range.from === range.to) return DecorationSet.empty;
  return DecorationSet.create(state.doc, [Decoration.inline(range.from, range.to, { class: 'nd-link-target' })]);
}

/**
 * The range a link form opened now should act on: the selection, or the whole
 * link the caret is in. Returns the link's current address too ('' when none).
 */
export function linkTargetAtSelection(editor: Editor): LinkTargetRange & { href: string } {
  const { state } = editor;
  const { from, to, $from } = state.selection;
  const type = state.schema.marks.link;
  if (type && editor.isActive('link')) {
    const href = String(editor.getAttributes('link').href ?? '');
    const range = from === to ? getMarkRange($from, type) : undefined;
    return { from: range?.from ?? from, to: range?.to ?? to, href };
  }
  return { from, to, href: '' };
}

/** Highlights `range` and remembers it for the link form; `null` forgets it. */
export function setLinkTarget(editor: Editor, range: LinkTargetRange | null): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(linkTargetKey, range).setMeta('addToHistory', false));
}

/** The remembered range, mapped through every edit since the form opened. */
export function readLinkTarget(state: EditorState): LinkTargetRange | null {
  return linkTargetKey.getState(state)?.range ?? null;
}
