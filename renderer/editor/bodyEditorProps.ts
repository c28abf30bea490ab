import type { EditorOptions } from '@tiptap/core';
import { cleanPastedHtml } from './cleanPastedHtml.ts';

/** ProseMirror props of the body editor: the paste cleaner and the accessible editing surface. */
export const bodyEditorProps: EditorOptions['editorProps'] = {
  transformPastedHTML: (html) => cleanPastedHtml(html),
  attributes: {
    class: 'nd-body-prose',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': 'Story body',
    spellcheck: 'true',
  },
};
