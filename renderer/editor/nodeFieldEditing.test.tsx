import { Editor } from '@tiptap/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyEditorExtensions } from './bodyEditorExtensions.ts';
import { EditorSurface } from './EditorSurface.tsx';
import { EditorToolbar } from './EditorToolbar.tsx';

// React only batches updates inside act() when this is set.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom has no layout; ProseMirror measures the selection when the focus moves back into the text.
const noRects = () => Object.assign([], { item: () => null });
for (const proto of [Range.prototype, Text.prototype]) {
  if (!('getClientRects' in proto)) Object.defineProperty(proto, 'getClientRects', { value: noRects, configurable: true });
}
if (!('getBoundingClientRect' in Range.prototype)) Object.defineProperty(Range.prototype, 'getBoundingClientRect', { value: () => new DOMRect(), configurable: true });

const ASSET = `${'b'.repeat(64)}.jpg`;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function mount(): { editor: Editor; host: HTMLElement } {
  const host = document.createElement('div');
  document.body.append(host);
  const editor = new Editor({
    extensions: bodyEditorExtensions(),
    content: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Bold words', marks: [{ type: 'bold' }] }] },
        { type: 'figure', attrs: { assetId: ASSET, caption: '', credit: '', alt: '' } },
      ],
    },
  });
  const root: Root = createRoot(host);
  act(() => {
    root.render(
      <>
        <EditorToolbar editor={editor} onLink={() => {}} onPicture={() => {}} pictureBusy={false} />
        <EditorSurface editor={editor} />
      </>,
    );
  });
  cleanups.push(() => {
    act(() => root.unmount());
    editor.destroy();
    host.remove();
  });
  return { editor, host };
}

/** Lets the toolbar's first frame pass: its real state follows the first paint. */
async function afterFirstPaint(): Promise<void> {
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

function field(host: HTMLElement, label: string): HTMLInputElement | HTMLTextAreaElement {
  const labelElement = Array.from(host.querySelectorAll('label')).find((l) => l.textContent === label);
  const input = labelElement ? labelElement.control : null;
  if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) throw new Error(`no field labelled ${label}`);
  return input;
}

/** Types `value` into a React-controlled field the way the browser reports it. */
function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function press(input: HTMLElement, key: string, shiftKey = false): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, ctrlKey: true, shiftKey, bubbles: true, cancelable: true });
  input.dispatchEvent(event);
  return event;
}

function button(host: HTMLElement, name: string): HTMLButtonElement {
  const found = host.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

describe('editing a picture’s own fields inside the body', () => {
  it('draws the toolbar for a plain caret first, and its real state once the first frame is painted', async () => {
    const { host } = mount();
    // The caret starts in bold text: the first frame does not work that out yet.
    expect(button(host, 'Bold').getAttribute('aria-pressed')).toBe('false');
    expect(button(host, 'Undo').disabled).toBe(true);
    await afterFirstPaint();
    expect(button(host, 'Bold').getAttribute('aria-pressed')).toBe('true');
  });

  it('shows no formatting state for the story text while a caption has the focus', async () => {
    const { editor, host } = mount();
    await afterFirstPaint();
    act(() => {
      editor.commands.setTextSelection(3);
    });
    expect(button(host, 'Bold').getAttribute('aria-pressed')).toBe('true');
    const caption = field(host, 'Caption');
    act(() => caption.focus());
    expect(button(host, 'Bold').getAttribute('aria-pressed')).toBe('false');
    for (const name of ['Bold', 'Italic', 'Link', 'Heading 2', 'Bullet list', 'Undo']) expect(button(host, name).disabled).toBe(true);
    act(() => editor.view.dom.focus());
    expect(button(host, 'Bold').getAttribute('aria-pressed')).toBe('true');
  });

  it('Ctrl+Z and Ctrl+Shift+Z in the caption undo and redo the caption, not the story', async () => {
    const { editor, host } = mount();
    const caption = field(host, 'Caption');
    act(() => caption.focus());
    act(() => typeInto(caption, 'Participants'));
    // A pause between the two bursts of typing makes them two undo steps.
    await act(() => new Promise((resolve) => setTimeout(resolve, 700)));
    act(() => typeInto(caption, 'Participants sit'));
    const figureCaption = () => (editor.state.doc.child(1).attrs as { caption: string }).caption;
    expect(figureCaption()).toBe('Participants sit');

    let event: KeyboardEvent | undefined;
    act(() => {
      event = press(caption, 'z');
    });
    expect(event?.defaultPrevented).toBe(true);
    expect(caption.value).toBe('Participants');
    expect(figureCaption()).toBe('Participants');
    act(() => {
      press(caption, 'z');
    });
    act(() => {
      press(caption, 'z');
    });
    expect(caption.value).toBe('');
    expect(editor.state.doc.textContent).toBe('Bold words');
    act(() => {
      press(caption, 'Z', true);
    });
    expect(caption.value).toBe('Participants');
    expect(figureCaption()).toBe('Participants');
    expect(editor.state.doc.child(0).textContent).toBe('Bold words');
  });
});
