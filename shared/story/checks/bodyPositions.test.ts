import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import seedFile from '../../../tests/fixtures/seed-article/seed-article.json' with { type: 'json' };
import { newsdeskExtensions } from '../../editor/newsdeskExtensions.ts';
import { parseStoryExport } from '../../export/parseStoryExport.ts';
import type { BodyDoc } from '../bodySchema.ts';
import { bodyTextBlocks, figurePositionsInBody, nodeSize, topLevelBlocks } from './bodyPositions.ts';

const schema = getSchema(newsdeskExtensions());

const t = (text: string, marks?: { type: 'bold' | 'italic' }[]) => ({ type: 'text' as const, text, ...(marks ? { marks } : {}) });
const p = (...content: ReturnType<typeof t>[]) => ({ type: 'paragraph' as const, content });

/** Every kind of nesting the body allows: lists, quotes, pull quotes, hard breaks, leaves, emoji. */
const NESTED: BodyDoc = {
  type: 'doc',
  content: [
    { type: 'adSlot' },
    p(t('Hello '), t('bold', [{ type: 'bold' }]), t(' world 👋🏽 ok')),
    { type: 'paragraph' },
    { type: 'heading', attrs: { level: 2 }, content: [t('A subheading')] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [p(t('First item')), { type: 'orderedList', content: [{ type: 'listItem', content: [p(t('Deep'))] }] }] },
        { type: 'listItem', content: [p(t('Second'))] },
      ],
    },
    { type: 'blockquote', content: [p(t('Quoted')), { type: 'figure', attrs: { assetId: null, caption: '', credit: '', alt: '' } }, p(t('after'))] },
    { type: 'pullQuote', content: [t('line one'), { type: 'hardBreak' }, t('line two')] },
    { type: 'newsletterBox' },
    { type: 'figure', attrs: { assetId: null, caption: '', credit: '', alt: '' } },
    p(t('The end.')),
  ],
};

/** The walker must agree with ProseMirror itself on every position. */
function expectSameAsProseMirror(doc: BodyDoc): void {
  const pm = PmNode.fromJSON(schema, doc);
  expect(doc.content.reduce((n, node) => n + nodeSize(node), 0)).toBe(pm.content.size);
  const pmBlocks: { pos: number; text: string }[] = [];
  pm.descendants((node, pos) => {
    if (node.isTextblock) pmBlocks.push({ pos, text: node.textBetween(0, node.content.size, '\n', (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : '\uFFFC')) });
    return true;
  });
  const ours = bodyTextBlocks(doc);
  expect(ours.map((b) => ({ pos: b.pos, text: b.text }))).toEqual(pmBlocks);
  for (const block of ours) {
    // Any offset in our text is the same character in ProseMirror's document.
    for (let i = 0; i < block.text.length; i++) {
      const ch = block.text[i] ?? '';
      if (ch === '\n') continue;
      expect(pm.textBetween(block.start + i, block.start + i + 1)).toBe(ch);
    }
    for (const run of block.runs) expect(pm.textBetween(run.from, run.to)).toBe(block.text.slice(run.from - block.start, run.to - block.start));
  }
  for (const top of topLevelBlocks(doc)) expect(pm.nodeAt(top.pos)?.type.name).toBe(top.node.type);
  for (const fig of figurePositionsInBody(doc)) expect(pm.nodeAt(fig.pos)?.type.name).toBe('figure');
}

describe('bodyPositions', () => {
  it('matches ProseMirror on nested lists, quotes, pull quotes, hard breaks, leaves and emoji', () => {
    expectSameAsProseMirror(NESTED);
  });

  it('matches ProseMirror on the seed article', () => {
    expectSameAsProseMirror(parseStoryExport(JSON.stringify(seedFile)).story.body);
  });

  it('gives exact positions: ad slot 0, first text at 2, the empty paragraph after it', () => {
    const blocks = bodyTextBlocks(NESTED);
    expect(blocks[0]).toMatchObject({ type: 'paragraph', pos: 1, start: 2, topLevel: true });
    const firstLength = 'Hello bold world 👋🏽 ok'.length;
    expect(blocks[1]).toMatchObject({ pos: 1 + firstLength + 2, start: firstLength + 4, text: '' });
    expect(figurePositionsInBody(NESTED)).toHaveLength(2);
  });
});
