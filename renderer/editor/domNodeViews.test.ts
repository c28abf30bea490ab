import { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyEditorExtensions } from './bodyEditorExtensions.ts';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function mount(): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: bodyEditorExtensions(),
    content: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Lead' }] },
        { type: 'adSlot' },
        { type: 'newsletterBox', attrs: { heading: 'Daily brief', text: '', buttonLabel: 'Subscribe' } },
      ],
    },
  });
  editors.push(editor);
  return editor;
}

function field(editor: Editor, label: string): HTMLInputElement | HTMLTextAreaElement {
  const found = Array.from(editor.view.dom.querySelectorAll('label')).find((l) => l.textContent === label)?.control;
  if (!(found instanceof HTMLInputElement || found instanceof HTMLTextAreaElement)) throw new Error(`no field labelled ${label}`);
  return found;
}

function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const newsletter = (editor: Editor) => editor.state.doc.child(2).attrs as { heading: string; text: string };

describe('the ad slot and newsletter box drawn without React', () => {
  it('draw the same markup the React views drew', () => {
    const dom = mount().view.dom;
    const ad = dom.querySelector('.react-renderer.node-adSlot.nd-node > .nd-ad-slot[data-node-view-wrapper][data-drag-handle]');
    expect(ad?.textContent).toContain('- Advertisement -');
    expect(ad?.parentElement?.getAttribute('contenteditable')).toBe('false');
    expect(dom.querySelector('.node-newsletterBox.nd-node > .nd-newsletter > .nd-newsletter-bar[data-drag-handle]')?.textContent).toContain('Newsletter box');
    expect(dom.querySelectorAll('button[aria-label="Remove advertisement slot"], button[aria-label="Remove newsletter box"]')).toHaveLength(2);
  });

  it('writes a typed field into the node, and takes an undo of the story back into the field', () => {
    const editor = mount();
    const heading = field(editor, 'Heading');
    typeInto(heading, 'Morning brief');
    expect(newsletter(editor).heading).toBe('Morning brief');
    typeInto(field(editor, 'Text'), 'One\nline');
    expect(newsletter(editor).text).toBe('One line');
    editor.commands.undo();
    editor.commands.undo();
    expect(newsletter(editor).heading).toBe('Daily brief');
    expect(field(editor, 'Heading').value).toBe('Daily brief');
  });

  it('Ctrl+Z in a field undoes the field’s own typing', () => {
    const editor = mount();
    const heading = field(editor, 'Heading');
    typeInto(heading, 'Morning brief');
    const event = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true });
    heading.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(heading.value).toBe('Daily brief');
    expect(newsletter(editor).heading).toBe('Daily brief');
    expect(editor.state.doc.child(0).textContent).toBe('Lead');
  });

  it('shows the selection outline and removes a block with its × button', () => {
    const editor = mount();
    const pos = editor.state.doc.child(0).nodeSize;
    editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, pos)));
    const ad = editor.view.dom.querySelector('.nd-ad-slot');
    expect(ad?.classList.contains('is-selected')).toBe(true);
    expect(ad?.parentElement?.classList.contains('ProseMirror-selectednode')).toBe(true);
    editor.commands.setTextSelection(1);
    expect(ad?.classList.contains('is-selected')).toBe(false);
    editor.view.dom.querySelector<HTMLButtonElement>('button[aria-label="Remove advertisement slot"]')?.click();
    expect(editor.state.doc.childCount).toBe(2);
    editor.view.dom.querySelector<HTMLButtonElement>('button[aria-label="Remove newsletter box"]')?.click();
    expect(editor.state.doc.childCount).toBe(1);
  });
});
