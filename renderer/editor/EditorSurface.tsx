import type { Editor } from '@tiptap/core';
import { useLayoutEffect, useRef } from 'react';

/**
 * Where the body editor's page shows. The editor draws its document once, when it is created,
 * into an element of its own; this moves that element in, as it is. TipTap's `EditorContent`
 * also hands ProseMirror its node views again, which makes ProseMirror draw the whole document a
 * second time: on a 20,000-word story with 40 pictures that was about a quarter of the time to
 * open it. No node view here is drawn with React (see bodyEditorExtensions.ts), which is what
 * `EditorContent` exists for.
 */
export function EditorSurface({ editor, className }: { editor: Editor; className?: string }) {
  const surfaceRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const surface = surfaceRef.current;
    const home = editor.view.dom.parentElement;
    if (!surface || !home || home === surface || editor.isDestroyed) return;
    surface.append(...home.childNodes);
    // Back to the editor's own element when this unmounts first (e.g. React's development double mount).
    return () => {
      if (!editor.isDestroyed) home.append(...surface.childNodes);
    };
  }, [editor]);
  return <div ref={surfaceRef} className={className} />;
}
