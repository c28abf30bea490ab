import type { EditorOptions } from '@tiptap/core';
import { transformPastedHtml } from './transformPastedHtml.ts';

/**
 * ProseMirror props of the body editor: the paste cleaner, the accessible editing surface, and
 * scrolling that keeps the caret a few lines clear of the story area's top and bottom edges.
 */
export const bodyEditorProps: EditorOptions['editorProps'] = {
  transformPastedHTML: (html) => transformPastedHtml(html),
  scrollThreshold: { top: 56, bottom: 56, left: 0, right: 0 },
  scrollMargin: { top: 72, bottom: 72, left: 5, right: 5 },
  attributes: {
    class: 'nd-body-prose',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': 'Story body',
    spellcheck: 'true',
  },
};
