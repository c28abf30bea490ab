import { Editor } from '@tiptap/core';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyEditorExtensions } from './bodyEditorExtensions.ts';
import { EditorSurface } from './EditorSurface.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function makeEditor(): Editor {
  const editor = new Editor({
    extensions: bodyEditorExtensions(),
    content: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Lead' }] },
        { type: 'figure', attrs: { assetId: `${'c'.repeat(64)}.jpg`, caption: 'Rescuers', credit: '', alt: '' } },
        { type: 'adSlot' },
      ],
    },
  });
  cleanups.push(() => editor.destroy());
  return editor;
}

describe('EditorSurface', () => {
  it('shows the document the editor drew when created, without drawing it again', () => {
    const editor = makeEditor();
    const drawn = Array.from(editor.view.dom.children);
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    act(() => root.render(<EditorSurface editor={editor} className="surface" />));
    cleanups.push(() => {
      act(() => root.unmount());
      host.remove();
    });
    const surface = host.querySelector('.surface');
    expect(surface?.firstElementChild).toBe(editor.view.dom);
    // The very same block elements and node views: nothing was drawn twice.
    expect(Array.from(editor.view.dom.children)).toEqual(drawn);
    expect(surface?.querySelector('.nd-figure-caption textarea')).toHaveProperty('value', 'Rescuers');
    // Still a working editor once moved.
    editor.commands.insertContentAt(1, 'The ');
    expect(surface?.querySelector('p')?.textContent).toBe('The Lead');
  });

  it('gives the page back to the editor when unmounted, so another surface can show it', () => {
    const editor = makeEditor();
    const home = editor.view.dom.parentElement;
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    act(() => root.render(<EditorSurface editor={editor} />));
    expect(editor.view.dom.parentElement).not.toBe(home);
    act(() => root.unmount());
    host.remove();
    expect(editor.view.dom.parentElement).toBe(home);
  });
});
