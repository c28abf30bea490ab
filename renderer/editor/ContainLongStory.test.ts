import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyEditorExtensions } from './bodyEditorExtensions.ts';
import { bodyEditorProps } from './bodyEditorProps.ts';
import { CARET_BLOCK_CLASS, LONG_STORY_BLOCKS, LONG_STORY_CLASS } from './ContainLongStory.ts';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function mount(paragraphs: number): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const content = Array.from({ length: paragraphs }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${i + 1}.` }] }));
  const editor = new Editor({ element, extensions: bodyEditorExtensions(), editorProps: bodyEditorProps, content: { type: 'doc', content } });
  editors.push(editor);
  return editor;
}

describe('ContainLongStory', () => {
  it('leaves a short story unmarked and marks a long one, beside the body class', () => {
    const short = mount(LONG_STORY_BLOCKS - 1);
    expect(short.view.dom.classList.contains(LONG_STORY_CLASS)).toBe(false);
    expect(short.view.dom.classList.contains('nd-body-prose')).toBe(true);
    const long = mount(LONG_STORY_BLOCKS);
    expect(long.view.dom.classList.contains(LONG_STORY_CLASS)).toBe(true);
    expect(long.view.dom.classList.contains('nd-body-prose')).toBe(true);
  });

  it('follows the story as blocks are added and removed', () => {
    const editor = mount(LONG_STORY_BLOCKS - 1);
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.commands.splitBlock();
    expect(editor.state.doc.childCount).toBe(LONG_STORY_BLOCKS);
    expect(editor.view.dom.classList.contains(LONG_STORY_CLASS)).toBe(true);
    editor.commands.joinBackward();
    expect(editor.state.doc.childCount).toBe(LONG_STORY_BLOCKS - 1);
    expect(editor.view.dom.classList.contains(LONG_STORY_CLASS)).toBe(false);
    expect(editor.view.dom.classList.contains('nd-body-prose')).toBe(true);
  });
});

describe('the caret paragraph of a long story', () => {
  const marked = (editor: Editor): string[] => [...editor.view.dom.querySelectorAll(`:scope > .${CARET_BLOCK_CLASS}`)].map((p) => p.textContent ?? '');

  it('is marked, and the mark follows the caret into the paragraph Enter makes', () => {
    const editor = mount(LONG_STORY_BLOCKS);
    // The end of the third paragraph: past the first three blocks, less its closing token.
    const endOfThird = [0, 1, 2].reduce((at, i) => at + editor.state.doc.child(i).nodeSize, 0) - 1;
    editor.commands.setTextSelection(endOfThird);
    expect(marked(editor)).toEqual(['Paragraph 3.']);
    editor.commands.splitBlock();
    editor.commands.insertContent('Line 1');
    expect(marked(editor)).toEqual(['Line 1']);
    expect(editor.view.dom.children[3]?.classList.contains(CARET_BLOCK_CLASS)).toBe(true);
  });

  it('is not marked in a short story, whose paragraphs are never skipped', () => {
    const editor = mount(LONG_STORY_BLOCKS - 1);
    editor.commands.setTextSelection(3);
    expect(marked(editor)).toEqual([]);
  });
});
