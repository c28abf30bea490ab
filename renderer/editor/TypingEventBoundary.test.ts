import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyEditorExtensions } from './bodyEditorExtensions.ts';
import { bodyEditorProps } from './bodyEditorProps.ts';
import { TYPING_EVENTS } from './TypingEventBoundary.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/**
 * The body editor as the app builds it, inside a container that stands for the app's React root,
 * with listeners in both phases on that container and on the document (where smart typing, find,
 * focus mode and the benchmarks' probe listen).
 */
function mountBody() {
  const app = document.createElement('div');
  document.body.append(app);
  const editor = new Editor({ element: app, extensions: bodyEditorExtensions(), editorProps: bodyEditorProps, content: '<p>Words.</p>' });
  const seenByApp: string[] = [];
  const seenOnTheWayDown: string[] = [];
  const record = (into: string[]) => (event: Event) => into.push(event.type);
  const listen = (type: string) => {
    app.addEventListener(type, record(seenByApp));
    app.addEventListener(type, record(seenByApp), true);
    document.addEventListener(type, record(seenOnTheWayDown), true);
  };
  for (const type of TYPING_EVENTS) listen(type);
  cleanups.push(() => {
    if (!editor.isDestroyed) editor.destroy();
    app.remove();
  });
  return { editor, app, seenByApp, seenOnTheWayDown };
}

function fire(target: EventTarget, type: string): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

function key(target: EventTarget, type: 'keydown' | 'keyup', init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent(type, { ...init, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

describe('TypingEventBoundary', () => {
  it('keeps a keystroke’s events from the app in both phases; listeners on the document still see each one first', () => {
    const { editor, seenByApp, seenOnTheWayDown } = mountBody();
    for (const type of TYPING_EVENTS) fire(editor.view.dom, type);
    key(editor.view.dom, 'keydown', { key: 'A', shiftKey: true });
    expect(seenByApp).toEqual([]);
    expect(seenOnTheWayDown).toEqual([...TYPING_EVENTS, 'keydown']);
  });

  it('still lets the editor handle the keys it stopped: Enter splits the paragraph, Backspace joins it again', () => {
    const { editor, seenByApp } = mountBody();
    editor.commands.setTextSelection(4);
    const enter = key(editor.view.dom, 'keydown', { key: 'Enter', keyCode: 13 });
    expect(enter.defaultPrevented).toBe(true);
    expect(editor.state.doc.children.map((block) => block.textContent)).toEqual(['Wor', 'ds.']);
    const backspace = key(editor.view.dom, 'keydown', { key: 'Backspace', keyCode: 8 });
    expect(backspace.defaultPrevented).toBe(true);
    expect(editor.getText()).toBe('Words.');
    expect(seenByApp).toEqual([]);
  });

  it('lets a shortcut (Ctrl or Cmd) take its usual way: the app sees it, and the editor handles it too', () => {
    const { editor, seenByApp } = mountBody();
    editor.commands.selectAll();
    key(editor.view.dom, 'keydown', { key: 'b', ctrlKey: true });
    key(editor.view.dom, 'keydown', { key: 's', metaKey: true });
    expect(seenByApp).toEqual(['keydown', 'keydown', 'keydown', 'keydown']);
    expect(editor.isActive('bold')).toBe(true);
  });

  it('leaves events from a field inside the body’s blocks alone, and lets go when the editor is destroyed', () => {
    const { editor, app, seenByApp } = mountBody();
    const field = document.createElement('input');
    editor.view.dom.append(field);
    fire(field, 'input');
    expect(seenByApp).toEqual(['input', 'input']);
    const { dom } = editor.view;
    editor.destroy();
    // Put back where it was (TipTap takes it off the page): nothing of the boundary is left.
    if (!dom.isConnected) app.append(dom);
    fire(dom, 'keyup');
    expect(seenByApp).toEqual(['input', 'input', 'keyup', 'keyup']);
  });
});
