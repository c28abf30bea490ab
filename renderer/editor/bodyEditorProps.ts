import type { EditorOptions } from '@tiptap/core';
import { transformPastedHtml } from './transformPastedHtml.ts';

/** ProseMirror props of the body editor: the paste cleaner and the accessible editing surface. */
export const bodyEditorProps: EditorOptions['editorProps'] = {
  transformPastedHTML: (html) => transformPastedHtml(html),
  attributes: {
    class: 'nd-body-prose',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': 'Story body',
    spellcheck: 'true',
  },
};
