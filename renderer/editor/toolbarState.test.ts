import { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyEditorExtensions } from './bodyEditorExtensions.ts';
import { selectFirstFrameToolbarState, selectToolbarState } from './toolbarState.ts';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function makeEditor(html: string): Editor {
  const editor = new Editor({ element: document.createElement('div'), extensions: bodyEditorExtensions(), content: html });
  editors.push(editor);
  return editor;
}

/** The toolbar's answers computed the slow way, with no caching, as the ground truth. */
function fresh(editor: Editor) {
  const can = () => editor.can();
  return {
    bold: editor.isActive('bold'),
    canBold: can().toggleBold(),
    italic: editor.isActive('italic'),
    canItalic: can().toggleItalic(),
    link: editor.isActive('link'),
    canLink: can().setLink({ href: 'https://example.com' }),
    h2: editor.isActive('heading', { level: 2 }),
    canH2: can().toggleHeading({ level: 2 }),
    h3: editor.isActive('heading', { level: 3 }),
    canH3: can().toggleHeading({ level: 3 }),
    blockquote: editor.isActive('blockquote'),
    canBlockquote: can().toggleBlockquote(),
    pullQuote: editor.isActive('pullQuote'),
    canPullQuote: can().togglePullQuote(),
    bulletList: editor.isActive('bulletList'),
    canBulletList: can().toggleBulletList(),
    orderedList: editor.isActive('orderedList'),
    canOrderedList: can().toggleOrderedList(),
    canUndo: can().undo(),
    canRedo: can().redo(),
    canInsertBlock: can().insertAdSlot(),
  };
}

const STORY =
  '<p>Plain <strong>bold</strong> and <a href="https://example.org">a link</a>.</p><h2>A heading</h2><h3>Small</h3>' +
  '<blockquote class="pull-quote"><p>Pulled words</p></blockquote><blockquote><p>Quoted</p><p>More</p></blockquote>' +
  '<ul><li><p>One</p><p>Second paragraph</p></li><li><p>Two</p></li></ul><ol><li><p>First</p></li></ol><p></p>';

describe('selectToolbarState', () => {
  it('answers as the uncached commands do at every caret position, while typing, formatting, undoing and redoing', () => {
    const editor = makeEditor(STORY);
    let checked = 0;
    const check = () => {
      expect(selectToolbarState({ editor })).toEqual(fresh(editor));
      checked++;
    };
    // Forwards and then backwards through the whole story, so each caret is reached from both sides.
    const positions: number[] = [];
    editor.state.doc.descendants((node, pos) => {
      if (node.isTextblock) for (let at = pos + 1; at <= pos + 1 + node.content.size; at++) positions.push(at);
    });
    for (const pos of [...positions, ...positions.slice().reverse()]) {
      editor.commands.setTextSelection(pos);
      expect(editor.state.selection).toBeInstanceOf(TextSelection);
      check();
    }
    // Typing at one caret keeps the key; the undo button must still light up, bold must follow stored marks.
    editor.commands.setTextSelection(positions[2] ?? 1);
    check();
    editor.commands.insertContent('x');
    check();
    editor.commands.toggleBold();
    check();
    editor.commands.insertContent('y');
    check();
    editor.commands.undo();
    check();
    editor.commands.redo();
    check();
    editor.commands.setContent('<p></p>');
    check();
    editor.setEditable(false);
    check();
    expect(checked).toBeGreaterThan(100);
  });

  it('computes a range selection afresh', () => {
    const editor = makeEditor(STORY);
    editor.commands.setTextSelection({ from: 2, to: 12 });
    expect(selectToolbarState({ editor })).toEqual(fresh(editor));
    editor.commands.selectAll();
    expect(selectToolbarState({ editor })).toEqual(fresh(editor));
  });
});

describe('selectFirstFrameToolbarState', () => {
  it('is the real state where a story opens: a caret in a plain paragraph, editable or not, with and without history', () => {
    const editor = makeEditor('<p>The first paragraph of the story.</p><h2>A heading</h2>');
    editor.commands.setTextSelection(1);
    expect(selectFirstFrameToolbarState({ editor })).toEqual(fresh(editor));
    editor.commands.insertContent('x');
    expect(selectFirstFrameToolbarState({ editor })).toEqual(fresh(editor));
    editor.commands.undo();
    expect(selectFirstFrameToolbarState({ editor })).toEqual(fresh(editor));
    editor.setEditable(false);
    expect(selectFirstFrameToolbarState({ editor })).toEqual(fresh(editor));
  });

  it('is only a stand-in elsewhere: in a heading the real state differs', () => {
    const editor = makeEditor('<h2>A heading</h2>');
    editor.commands.setTextSelection(2);
    expect(selectFirstFrameToolbarState({ editor }).h2).toBe(false);
    expect(selectToolbarState({ editor }).h2).toBe(true);
  });
});
