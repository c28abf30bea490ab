import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLinkToRange, removeLinkFromRange } from './applyLinkToRange.ts';
import { bodyEditorExtensions } from './bodyEditorExtensions.ts';
import { linkTargetAtSelection, readLinkTarget, setLinkTarget } from './linkTarget.ts';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function makeEditor(html: string): Editor {
  const editor = new Editor({ element: document.createElement('div'), extensions: bodyEditorExtensions(), content: html });
  editors.push(editor);
  return editor;
}

function linkedText(editor: Editor): string[] {
  const found: string[] = [];
  editor.state.doc.descendants((node) => {
    if (node.isText && node.marks.some((mark) => mark.type.name === 'link')) found.push(node.text ?? '');
  });
  return found;
}

describe('the link form’s target', () => {
  it('links exactly the words selected when the form opened, though the selection and text moved since', () => {
    const editor = makeEditor('<p>NATO chief Jens Stoltenberg said.</p>');
    editor.commands.setTextSelection({ from: 12, to: 28 }); // "Jens Stoltenberg"
    const target = linkTargetAtSelection(editor);
    expect(editor.state.doc.textBetween(target.from, target.to)).toBe('Jens Stoltenberg');
    setLinkTarget(editor, target);

    // Meanwhile the selection goes elsewhere and text is added before the words.
    editor.commands.setTextSelection(2);
    editor.commands.insertContentAt(1, 'Today ');
    const range = readLinkTarget(editor.state);
    expect(range && editor.state.doc.textBetween(range.from, range.to)).toBe('Jens Stoltenberg');

    applyLinkToRange(editor, range ?? target, 'https://www.nato.int/');
    expect(linkedText(editor)).toEqual(['Jens Stoltenberg']);
  });

  it('highlights the target words with a decoration while the form is open, and only then', () => {
    const editor = makeEditor('<p>Read the statement here.</p>');
    editor.commands.setTextSelection({ from: 10, to: 19 });
    setLinkTarget(editor, linkTargetAtSelection(editor));
    expect(editor.view.dom.querySelector('.nd-link-target')?.textContent).toBe('statement');
    // A re-render of the editor (new state, same plugins) keeps the highlight.
    editor.view.updateState(editor.state);
    expect(editor.view.dom.querySelectorAll('.nd-link-target')).toHaveLength(1);
    setLinkTarget(editor, null);
    expect(editor.view.dom.querySelector('.nd-link-target')).toBeNull();
    expect(readLinkTarget(editor.state)).toBeNull();
    expect(editor.getJSON()).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Read the statement here.' }] }] });
  });

  it('with the caret inside a link, targets the whole link and removes it from exactly there', () => {
    const editor = makeEditor('<p>See <a href="https://nato.int">the alliance site</a> now, and <a href="https://ex.org">this</a>.</p>');
    editor.commands.setTextSelection(10);
    const target = linkTargetAtSelection(editor);
    expect(target.href).toBe('https://nato.int');
    expect(editor.state.doc.textBetween(target.from, target.to)).toBe('the alliance site');
    editor.commands.setTextSelection(editor.state.doc.content.size - 2);
    removeLinkFromRange(editor, target);
    expect(linkedText(editor)).toEqual(['this']);
  });

  it('with nothing selected, inserts the address itself as the linked text at the remembered place', () => {
    const editor = makeEditor('<p>Write to .</p>');
    editor.commands.setTextSelection(10);
    const target = linkTargetAtSelection(editor);
    editor.commands.setTextSelection(1);
    applyLinkToRange(editor, target, 'mailto:press@nato.int');
    expect(editor.state.doc.textContent).toBe('Write to press@nato.int.');
    expect(linkedText(editor)).toEqual(['press@nato.int']);
  });
});
