import { emptyPicture } from '../story/emptyPicture.ts';
import { describe, expect, it } from 'vitest';
import { createStory } from '../story/createStory.ts';
import type { Story } from '../story/storySchema.ts';
import { referencedAssetIds } from './referencedAssetIds.ts';

const id = (c: string): string => `${c.repeat(64)}.jpg`;

describe('referencedAssetIds', () => {
  it('lists hero, nested body figures and rail pictures once each, in reading order', () => {
    const base = createStory(new Date('2025-01-01T00:00:00Z'), 'story-0001');
    const story: Story = {
      ...base,
      hero: { ...emptyPicture(), assetId: id('a'), caption: '', credit: '', alt: '' },
      body: {
        type: 'doc',
        content: [
          { type: 'figure', attrs: { assetId: id('b') } },
          { type: 'blockquote', content: [{ type: 'figure', attrs: { assetId: id('a') } }] },
          { type: 'figure', attrs: { assetId: null } },
        ],
      },
      rails: [{ id: 'r', name: 'Latest', items: [{ id: 'i', title: 't', teaser: '', url: '', picture: { ...emptyPicture(), assetId: id('c'), caption: '', credit: '', alt: '' } }] }],
    };
    expect(referencedAssetIds(story)).toEqual([id('a'), id('b'), id('c')]);
  });

  it('is empty for a story without pictures', () => {
    expect(referencedAssetIds(createStory())).toEqual([]);
  });
});
