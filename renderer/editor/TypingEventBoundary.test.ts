import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyEditorExtensions } from './bodyEditorExtensions.ts';
import { bodyEditorProps } from './bodyEditorProps.ts';
import { TYPING_EVENTS } from './TypingEventBoundary.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The body editor as the app builds it, inside a container that stands for the app (and React's root). */
function mountBody() {
  const app = document.createElement('div');
  document.body.append(app);
  const editor = new Editor({ element: app, extensions: bodyEditorExtensions(), editorProps: bodyEditorProps, content: '<p>Words.</p>' });
  const bubbled: string[] = [];
  const captured: string[] = [];
  for (const type of [...TYPING_EVENTS, 'keydown']) {
    app.addEventListener(type, () => bubbled.push(type));
    app.addEventListener(type, () => captured.push(type), true);
  }
  cleanups.push(() => {
    if (!editor.isDestroyed) editor.destroy();
    app.remove();
  });
  return { editor, bubbled, captured };
}

function fire(target: EventTarget, type: string): void {
  target.dispatchEvent(new Event(type, { bubbles: true }));
}

describe('TypingEventBoundary', () => {
  it('keeps a keystroke’s events from bubbling out of the body; a keydown with Ctrl or Cmd (a shortcut) still bubbles', () => {
    const { editor, bubbled, captured } = mountBody();
    for (const type of TYPING_EVENTS) fire(editor.view.dom, type);
    for (const init of [{ key: 'a' }, { key: 'A', shiftKey: true }, { key: 'Enter', altKey: true }]) editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true }));
    expect(bubbled).toEqual([]);
    for (const init of [{ key: 's', ctrlKey: true }, { key: 'f', metaKey: true, shiftKey: true }]) editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true }));
    expect(bubbled).toEqual(['keydown', 'keydown']);
    // Listeners on the way down (smart typing, find, focus mode, the benchmarks' probe) still see every one.
    expect(captured).toEqual([...TYPING_EVENTS, 'keydown', 'keydown', 'keydown', 'keydown', 'keydown']);
  });

  it('stops them only at the body: listeners on the body itself still run', () => {
    const { editor } = mountBody();
    const seen: string[] = [];
    for (const type of TYPING_EVENTS) editor.view.dom.addEventListener(type, () => seen.push(type));
    for (const type of TYPING_EVENTS) fire(editor.view.dom, type);
    expect(seen).toEqual([...TYPING_EVENTS]);
  });

  it('stops events from fields inside the body’s blocks too, and lets go when the editor is destroyed', () => {
    const { editor, bubbled } = mountBody();
    const field = document.createElement('input');
    editor.view.dom.append(field);
    fire(field, 'input');
    expect(bubbled).toEqual([]);
    const { dom } = editor.view;
    const app = dom.parentElement;
    editor.destroy();
    // Put back where it was (TipTap takes it off the page): nothing of the boundary is left on it.
    if (!dom.isConnected) app?.append(dom);
    fire(field, 'input');
    expect(bubbled).toEqual(['input']);
  });
});
