import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { newsdeskExtensions } from '@shared/editor/newsdeskExtensions.ts';
import { findInDoc, replaceInDoc, replaceOneInDoc } from './bodyFind.ts';

const schema = getSchema(newsdeskExtensions());
const opts = { matchCase: false, wholeWord: false };

function docOf(json: object): PMNode {
  return PMNode.fromJSON(schema, json);
}

const sample = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Par' }, { type: 'text', text: 'is', marks: [{ type: 'bold' }] }, { type: 'text', text: ' is in Paris.' }] },
    { type: 'figure', attrs: { assetId: null, caption: 'A view of Paris', credit: 'PARIS/AFP', alt: 'Paris', creator: '', source: '', copyright: '', usageTerms: '' } },
    { type: 'paragraph', content: [{ type: 'text', text: 'Line one' }, { type: 'hardBreak' }, { type: 'text', text: 'Paris line two' }] },
  ],
};

describe('findInDoc', () => {
  it('finds text across marks, inside figure words, and after hard breaks, in document order', () => {
    const doc = docOf(sample);
    const matches = findInDoc(doc, 'paris', opts);
    expect(matches.map((m) => m.kind)).toEqual(['text', 'text', 'attr', 'attr', 'attr', 'text']);
    const first = matches[0];
    expect(first?.kind === 'text' && doc.textBetween(first.from, first.to)).toBe('Paris');
    const last = matches[5];
    expect(last?.kind === 'text' && doc.textBetween(last.from, last.to)).toBe('Paris');
    expect(findInDoc(doc, 'paris', { matchCase: true, wholeWord: false })).toEqual([]);
    // A hard break separates words.
    expect(findInDoc(doc, 'oneParis', opts)).toEqual([]);
  });
});

describe('replaceInDoc', () => {
  it('replaces everything in one transaction, keeping marks and figures', () => {
    const state = EditorState.create({ schema, doc: docOf(sample) });
    const tr = state.tr;
    const count = replaceInDoc(tr, findInDoc(state.doc, 'paris', opts), 'Rome', 'paris', opts);
    expect(count).toBe(6);
    const json = tr.doc.toJSON() as { content: { content?: { text?: string }[]; attrs?: Record<string, string> }[] };
    expect(tr.doc.child(0).textContent).toBe('Rome is in Rome.');
    expect(json.content[1]?.attrs).toMatchObject({ caption: 'A view of Rome', credit: 'Rome/AFP', alt: 'Rome' });
    expect(tr.doc.child(2).textContent).toBe('Line oneRome line two');
    expect(findInDoc(tr.doc, 'paris', opts)).toEqual([]);
  });

  it('deletes matches when the replacement is empty, and replaces one at a time', () => {
    const state = EditorState.create({ schema, doc: docOf(sample) });
    const tr = state.tr;
    replaceInDoc(tr, findInDoc(state.doc, ' paris', opts), '', ' paris', opts);
    expect(tr.doc.child(0).textContent).toBe('Paris is in.');
    const one = state.tr;
    const [, second] = findInDoc(state.doc, 'paris', opts);
    if (!second) throw new Error('no second match');
    replaceOneInDoc(one, second, 'Lyon');
    expect(one.doc.child(0).textContent).toBe('Paris is in Lyon.');
  });
});
