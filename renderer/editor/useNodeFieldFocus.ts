import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';

/** Whether `element` is one of a node view's own fields (a caption, a newsletter heading), not the story text. */
export function isNodeField(editorDom: Element, element: EventTarget | null): boolean {
  return element instanceof HTMLElement && element !== editorDom && editorDom.contains(element) && element.matches('input, textarea, select');
}

/**
 * True while the focus is in a field inside a node view. The editor's selection
 * then still points at the text the writer left, so marks and lists shown for it
 * would mislead.
 */
export function useNodeFieldFocus(editor: Editor): boolean {
  const [inField, setInField] = useState(false);
  useEffect(() => {
    const dom = editor.view.dom;
    const onFocusIn = (event: FocusEvent) => setInField(isNodeField(dom, event.target));
    const onFocusOut = (event: FocusEvent) => setInField(isNodeField(dom, event.relatedTarget));
    dom.addEventListener('focusin', onFocusIn);
    dom.addEventListener('focusout', onFocusOut);
    return () => {
      dom.removeEventListener('focusin', onFocusIn);
      dom.removeEventListener('focusout', onFocusOut);
    };
  }, [editor]);
  return inField;
}
