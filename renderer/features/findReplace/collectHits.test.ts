import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { newsdeskExtensions } from '@shared/editor/newsdeskExtensions.ts';
import { createStory } from '@shared/story/createStory.ts';
import type { StoryFields } from '../../stores/storyStore.ts';
import { collectHits } from './findStore.ts';

const schema = getSchema(newsdeskExtensions());

describe('collectHits', () => {
  it('orders hits as a reader meets them: page fields, then the body, then the side panel', () => {
    const { body: _body, ...base } = createStory();
    const fields: StoryFields = { ...base, headline: 'Rome', deskNotes: 'Rome note', tags: ['rome'], rails: [{ id: 'r', name: 'Rome rail', items: [] }] };
    const doc = PMNode.fromJSON(schema, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'In Rome.' }] }] });
    const hits = collectHits(fields, doc, 'rome', { matchCase: false, wholeWord: true });
    expect(hits.map((h) => h.label)).toEqual(['Headline', 'Body', 'Tag “rome”', 'Desk notes', 'Rail name “Rome rail”']);
    expect(collectHits(fields, null, 'Rome', { matchCase: true, wholeWord: false }).map((h) => h.label)).toEqual(['Headline', 'Desk notes', 'Rail name “Rome rail”']);
  });
});
