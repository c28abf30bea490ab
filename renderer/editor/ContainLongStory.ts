import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** From this many top-level blocks on, a story counts as long (about 2,000 words of news paragraphs). */
export const LONG_STORY_BLOCKS = 60;

/** The body's class while the story is long; editor.css keeps off-screen paragraphs unrendered under it. */
export const LONG_STORY_CLASS = 'nd-long-story';

/** The class of the paragraph holding the caret in a long story, which is always rendered. */
export const CARET_BLOCK_CLASS = 'nd-caret-block';

const isLong = (state: EditorState): boolean => state.doc.childCount >= LONG_STORY_BLOCKS;

/** The top-level paragraph the caret is in, marked, or nothing. */
function caretBlock(state: EditorState): DecorationSet {
  const { $head } = state.selection;
  if (!isLong(state) || $head.depth < 1 || $head.node(1).type.name !== 'paragraph') return DecorationSet.empty;
  return DecorationSet.create(state.doc, [Decoration.node($head.before(1), $head.after(1), { class: CARET_BLOCK_CLASS })]);
}

/**
 * Marks a long story's body, so its paragraphs are skipped while off screen (content-visibility in
 * editor.css). That skipping is what opens a 20,000-word story quickly, but each paragraph on screen
 * then costs every keystroke's frame a clip of its own and a check against the viewport; a short
 * story, nearly all of it on screen or close to it, only pays that. A count of the document's
 * children per transaction: constant time.
 *
 * The paragraph holding the caret is never skipped. A paragraph just made by Enter starts out
 * skipped until the browser's next frame finds it on screen, and Chromium, busy enough that keys
 * arrive before that frame, typed into it with the caret left before the new letter: the next
 * letters went in ahead of it ("ine 7L").
 */
export const ContainLongStory = Extension.create({
  name: 'containLongStory',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('containLongStory'),
        view(view) {
          const mark = (): void => {
            view.dom.classList.toggle(LONG_STORY_CLASS, isLong(view.state));
          };
          mark();
          return { update: mark };
        },
        props: { decorations: caretBlock },
      }),
    ];
  },
});
