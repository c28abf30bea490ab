import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyEditorExtensions } from './bodyEditorExtensions.ts';
import { figurePositions } from './figurePositions.ts';
import { insertBlock } from './insertBlock.ts';
import { trackPosition } from './trackPosition.ts';

const A = `${'a'.repeat(64)}.jpg`;
const B = `${'b'.repeat(64)}.png`;
const editors: Editor[] = [];

function makeEditor(): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: bodyEditorExtensions(),
    content: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Before.' }] },
        { type: 'figure', attrs: { assetId: A, caption: 'One' } },
        { type: 'paragraph', content: [{ type: 'text', text: 'Between.' }] },
        { type: 'figure', attrs: { assetId: B, caption: 'Two' } },
      ],
    },
  });
  editors.push(editor);
  return editor;
}

afterEach(() => {
  while (editors.length > 0) editors.pop()?.destroy();
});

describe('figurePositions', () => {
  it('finds every figure in reading order, at a position that holds it', () => {
    const editor = makeEditor();
    const found = figurePositions(editor.state.doc);
    expect(found.map((f) => f.attrs.caption)).toEqual(['One', 'Two']);
    for (const f of found) expect(editor.state.doc.nodeAt(f.pos)?.attrs.assetId).toBe(f.attrs.assetId);
  });
});

describe('insertBlock with prefilled words', () => {
  it('inserts a figure that carries the words from its file', () => {
    const editor = makeEditor();
    editor.commands.setTextSelection(3);
    insertBlock(editor, { kind: 'figure', assetId: B, attrs: { caption: 'From the file', creator: 'Someone' } });
    const captions = figurePositions(editor.state.doc).map((f) => [f.attrs.caption, f.attrs.creator]);
    expect(captions).toContainEqual(['From the file', 'Someone']);
  });
});

describe('trackPosition', () => {
  it('follows a position while text is typed before it, so a slow import lands where it was dropped', () => {
    const editor = makeEditor();
    const second = figurePositions(editor.state.doc)[1];
    if (!second) throw new Error('no second figure');
    const place = trackPosition(editor, second.pos);
    editor.chain().setTextSelection(2).insertContent('typed while the picture loads ').run();
    expect(editor.state.doc.nodeAt(place.get())?.attrs.caption).toBe('Two');
    place.stop();
    editor.chain().setTextSelection(2).insertContent('more ').run();
    // Stopped: no longer follows.
    expect(editor.state.doc.nodeAt(place.get())?.attrs.caption).not.toBe('Two');
  });
});
