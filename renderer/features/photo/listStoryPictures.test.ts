import { describe, expect, it } from 'vitest';
import { emptyPicture } from '@shared/story/emptyPicture.ts';
import type { Rail } from '@shared/story/storySchema.ts';
import { listStoryPictures } from './listStoryPictures.ts';

const A = `${'a'.repeat(64)}.jpg`;
const B = `${'b'.repeat(64)}.png`;

describe('listStoryPictures', () => {
  it('lists the hero, body figures in order and rail pictures with 1-based targets', () => {
    const rails: Rail[] = [
      { id: 'r1', name: 'Latest', items: [{ id: 'i1', title: 'T', teaser: '', url: '', picture: null }, { id: 'i2', title: 'U', teaser: '', url: '', picture: { ...emptyPicture(), assetId: B } }] },
    ];
    const figures = [
      { index: 1, attrs: { ...emptyPicture(), assetId: A, caption: 'One' } },
      { index: 2, attrs: { ...emptyPicture() } },
    ];
    const list = listStoryPictures({ ...emptyPicture(), assetId: A }, figures, rails);
    expect(list.map((p) => p.title)).toEqual(['Hero', 'Body picture 1', 'Body picture 2', 'Latest, item 2']);
    expect(list[1]?.picture.caption).toBe('One');
    expect(list[3]?.target).toEqual({ kind: 'rail-item', railIndex: 1, itemIndex: 2 });
  });

  it('leaves out a hero without a file', () => {
    expect(listStoryPictures(emptyPicture(), [], [])).toEqual([]);
  });
});
