import { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { afterEach, describe, expect, it } from 'vitest';
import { applyBodyEdit } from '@shared/story/applyBodyEdit.ts';
import { bodyEditSchema } from '@shared/story/bodyEditSchema.ts';
import type { BodyDoc } from '@shared/story/bodySchema.ts';
import { bodyEditorExtensions } from './bodyEditorExtensions.ts';
import { bodyEditSince } from './bodyEditSince.ts';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

/** The body editor as the app builds it, over ten paragraphs, a heading and a list. */
function mountBody(): Editor {
  const paragraphs = Array.from({ length: 10 }, (_, i) => `<p>Paragraph ${i + 1} of the story.</p>`).join('');
  editor = new Editor({ element: document.createElement('div'), extensions: bodyEditorExtensions(), content: `${paragraphs}<h2>Later</h2><ul><li><p>a point</p></li></ul>` });
  return editor;
}

/** The position just inside the end of top-level block `index`. */
function endOfBlock(doc: ProseMirrorNode, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos + doc.child(index).nodeSize - 1;
}

/** Applies the edit since `saved` to saved's JSON, as the library does, and checks it gives the editor's document. */
function roundTrip(saved: ProseMirrorNode, current: ProseMirrorNode) {
  const edit = bodyEditSince(saved, current);
  expect(bodyEditSchema.safeParse(edit).success).toBe(true);
  expect(applyBodyEdit(saved.toJSON() as BodyDoc, edit)).toEqual(current.toJSON());
  return edit;
}

describe('bodyEditSince', () => {
  it('sends only the paragraph typed in', () => {
    const body = mountBody();
    const saved = body.state.doc;
    body.chain().setTextSelection(endOfBlock(saved, 4)).insertContent(' More words.').run();
    const edit = roundTrip(saved, body.state.doc);
    expect(edit).toMatchObject({ baseBlocks: 12, from: 4, to: 5 });
    expect(edit.blocks).toHaveLength(1);
    expect(JSON.stringify(edit.blocks)).toContain('Paragraph 5 of the story. More words.');
  });

  it('is empty when nothing changed, and whole when everything did', () => {
    const body = mountBody();
    const saved = body.state.doc;
    expect(roundTrip(saved, saved)).toEqual({ baseBlocks: 12, from: 12, to: 12, blocks: [] });
    body.commands.setContent('<p>Rewritten.</p>');
    expect(roundTrip(saved, body.state.doc)).toMatchObject({ from: 0, to: 12, blocks: [{ type: 'paragraph' }] });
  });

  it('covers Enter, Backspace joining blocks, deleting a block and edits at both ends', () => {
    const body = mountBody();
    let saved = body.state.doc;
    body.chain().setTextSelection(endOfBlock(saved, 2) - 4).splitBlock().run(); // Enter inside paragraph 3
    expect(roundTrip(saved, body.state.doc)).toMatchObject({ from: 2, to: 3, blocks: [{}, {}] });
    saved = body.state.doc;
    body.chain().setTextSelection(endOfBlock(saved, 6) + 2).joinBackward().run(); // Backspace at the start of paragraph 7 (block 7)
    roundTrip(saved, body.state.doc);
    saved = body.state.doc;
    body.chain().setNodeSelection(endOfBlock(saved, 0) + 1).deleteSelection().run(); // the second block goes
    expect(roundTrip(saved, body.state.doc)).toMatchObject({ from: 1, to: 2, blocks: [] });
    saved = body.state.doc;
    body.chain().setTextSelection(1).insertContent('First: ').setTextSelection(body.state.doc.content.size - 3).insertContent(' last').run();
    expect(roundTrip(saved, body.state.doc)).toMatchObject({ from: 0, to: saved.childCount });
  });

  it('leaves out of a long story everything but the edited block', () => {
    const body = mountBody();
    body.commands.setContent(Array.from({ length: 500 }, (_, i) => `<p>${'word '.repeat(40)}${i}</p>`).join(''));
    const saved = body.state.doc;
    body.chain().setTextSelection(endOfBlock(saved, 250)).insertContent('x').run();
    const edit = roundTrip(saved, body.state.doc);
    expect(JSON.stringify(edit).length).toBeLessThan(400);
    expect(JSON.stringify(saved.toJSON()).length).toBeGreaterThan(100_000);
  });
});
