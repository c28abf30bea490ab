import { describe, expect, it } from 'vitest';
import { createStory } from './createStory.ts';
import { isBlankStory } from './isBlankStory.ts';
import type { Story } from './storySchema.ts';

const blank = (): Story => createStory(new Date('2026-11-28T10:00:00.000Z'));

describe('isBlankStory', () => {
  it('holds for what New story makes, with or without a default byline', () => {
    expect(isBlankStory(blank())).toBe(true);
    expect(isBlankStory({ ...blank(), bylines: ['Staff reporter'] })).toBe(true);
  });

  const changes: [string, (s: Story) => Story][] = [
    ['a headline', (s) => ({ ...s, headline: 'Floods close the ring road' })],
    ['a kicker', (s) => ({ ...s, kicker: 'Weather' })],
    ['a standfirst', (s) => ({ ...s, standfirst: 'Two days of rain.' })],
    ['a dateline', (s) => ({ ...s, dateline: 'LEEDS' })],
    ['a slug', (s) => ({ ...s, slug: 'floods' })],
    ['desk notes', (s) => ({ ...s, deskNotes: 'Check the figures' })],
    ['a tag', (s) => ({ ...s, tags: ['weather'] })],
    ['a second byline', (s) => ({ ...s, bylines: ['A', 'B'] })],
    ['a word target', (s) => ({ ...s, wordTarget: 600 })],
    ['another status', (s) => ({ ...s, status: 'ready-for-desk' })],
    ['another language', (s) => ({ ...s, language: 'de' })],
    ['a hero caption', (s) => ({ ...s, hero: { ...s.hero, caption: 'The ring road at dawn' } })],
    ['a hero picture', (s) => ({ ...s, hero: { ...s.hero, assetId: `${'a'.repeat(64)}.jpg` } })],
    ['a word in the body', (s) => ({ ...s, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Rain.' }] }] } })],
    ['a second paragraph', (s) => ({ ...s, body: { type: 'doc', content: [{ type: 'paragraph' }, { type: 'paragraph' }] } })],
    ['an ad slot instead of the paragraph', (s) => ({ ...s, body: { type: 'doc', content: [{ type: 'adSlot' }] } })],
    ['a renamed rail', (s) => ({ ...s, rails: s.rails.map((r, i) => (i === 0 ? { ...r, name: 'Most read' } : r)) })],
    ['a rail removed', (s) => ({ ...s, rails: s.rails.slice(1) })],
    ['a rail item', (s) => ({ ...s, rails: s.rails.map((r, i) => (i === 0 ? { ...r, items: [{ id: 'i1', title: '', teaser: '', url: '', picture: null }] } : r)) })],
  ];
  it.each(changes)('does not hold once the story has %s', (_what, change) => {
    expect(isBlankStory(change(blank()))).toBe(false);
  });
});
