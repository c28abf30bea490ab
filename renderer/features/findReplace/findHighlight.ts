import type { Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { BodyMatch } from './bodyFind.ts';

interface HighlightMeta {
  matches: readonly BodyMatch[];
  current: number;
}

/** The find bar's highlights in the body. Installed only while the bar is open, so typing never pays for it otherwise. */
export const findHighlightKey = new PluginKey<DecorationSet>('newsdeskFindHighlight');

function decorations(state: EditorState, { matches, current }: HighlightMeta): DecorationSet {
  const list: Decoration[] = [];
  matches.forEach((m, i) => {
    const cls = i === current ? 'nd-find-hit nd-find-hit--current' : 'nd-find-hit';
    if (m.kind === 'text') list.push(Decoration.inline(m.from, m.to, { class: cls }));
    else {
      const node = state.doc.nodeAt(m.pos);
      if (node) list.push(Decoration.node(m.pos, m.pos + node.nodeSize, { class: i === current ? 'nd-find-block nd-find-block--current' : 'nd-find-block' }));
    }
  });
  return DecorationSet.create(state.doc, list);
}

function highlightPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: findHighlightKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr: Transaction, set: DecorationSet, _old: EditorState, state: EditorState) => {
        const meta = tr.getMeta(findHighlightKey) as HighlightMeta | undefined;
        if (meta) return decorations(state, meta);
        return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
      },
    },
    props: { decorations: (state) => findHighlightKey.getState(state) },
  });
}

/** Shows `matches` in the body, `current` (an index into them, or -1) stronger; installs the plugin on first use. */
export function showBodyHighlights(editor: Editor, matches: readonly BodyMatch[], current: number): void {
  if (editor.isDestroyed) return;
  if (!findHighlightKey.getState(editor.state)) editor.registerPlugin(highlightPlugin());
  editor.view.dispatch(editor.state.tr.setMeta(findHighlightKey, { matches, current } satisfies HighlightMeta).setMeta('addToHistory', false));
}

/** Removes the highlights and the plugin. */
export function clearBodyHighlights(editor: Editor | null): void {
  if (!editor || editor.isDestroyed || !findHighlightKey.getState(editor.state)) return;
  editor.unregisterPlugin(findHighlightKey);
}
