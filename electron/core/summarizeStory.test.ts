import { describe, expect, it } from 'vitest';
import { bodyToPlainText } from '@shared/story/bodyToPlainText.ts';
import type { BodyNode } from '@shared/story/bodySchema.ts';
import { countWords } from '@shared/story/countWords.ts';
import { createStory } from '@shared/story/createStory.ts';
import { pictureTexts } from '@shared/story/pictureTexts.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { makeBenchStory } from '../../tests/bench/fixtures/makeBenchStory.ts';
import { normalizeForSearch } from './searchStories.ts';
import { summarizeStory } from './summarizeStory.ts';

/** The definition, done the slow way: the body's plain text counted, and every text joined and folded at once. */
function wholeStory(story: Story) {
  const bodyText = bodyToPlainText(story.body);
  const all = [story.kicker, story.headline, story.standfirst, ...story.bylines, ...story.tags, bodyText, ...pictureTexts(story)];
  return { wordCount: countWords(bodyText), searchText: normalizeForSearch(all.join('\n')) };
}

const p = (...texts: string[]): BodyNode => ({ type: 'paragraph', content: texts.map((text) => ({ type: 'text', text })) });

describe('summarizeStory', () => {
  it('counts and folds block by block exactly as the whole text at once', () => {
    const tricky: Story = {
      ...createStory(new Date('2026-11-27T00:00:00Z')),
      kicker: 'ΚΌΣΜΟΣ',
      headline: 'Straße’s “U.S.-led” 1,000',
      tags: ['Café'],
      body: {
        type: 'doc',
        content: [
          p('ΟΔΥΣΣΕΥΣ'), // a final sigma at a block's end
          p('\u0301accent first'), // a combining mark at a block's start
          { type: 'paragraph' },
          { type: 'figure', attrs: { assetId: null, caption: 'Ünïcode caption', credit: 'EPA/JOHN', alt: '' } },
          p('1,'),
          p('000 words', '—and more'),
          { type: 'bulletList', content: [{ type: 'listItem', content: [p('one'), p('Two')] }] },
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Ἀθῆναι' }, { type: 'hardBreak' }, { type: 'text', text: 'ΣΣ' }] },
        ],
      },
    };
    const stories = [tricky, createStory(new Date('2026-11-27T00:00:00Z')), makeBenchStory({ seed: 7, id: createStory().id, words: 3_000, figures: 5, adSlots: 2, rails: 2 })];
    for (const story of stories) {
      const { summary, searchText } = summarizeStory(story);
      expect({ wordCount: summary.wordCount, searchText }).toEqual(wholeStory(story));
    }
  });

  it('after an edit to one block, reads that block again and reuses the others', () => {
    const story: Story = { ...createStory(new Date('2026-11-27T00:00:00Z')), body: { type: 'doc', content: [p('Talks resume.'), p('Ministers agreed.')] } };
    expect(summarizeStory(story).summary.wordCount).toBe(4);
    const edited: Story = { ...story, body: { type: 'doc', content: [story.body.content[0], p('Ministers agreed in Brussels.')] } };
    expect(summarizeStory(edited)).toMatchObject({ summary: { wordCount: 6 }, searchText: expect.stringContaining('talks resume.\nministers agreed in brussels.') as unknown });
    expect(summarizeStory(edited).searchText).toBe(wholeStory(edited).searchText);
  });
});
