import { describe, expect, it } from 'vitest';
import { createStory } from '@shared/story/createStory.ts';
import type { StoryFields } from '../../stores/storyStore.ts';
import { replaceInFields, storyFindTargets } from './storyFindTargets.ts';

const opts = { matchCase: false, wholeWord: false };

function fields(): StoryFields {
  const { body: _body, ...rest } = createStory(new Date('2025-01-01T00:00:00Z'), 'find-story-0001');
  return {
    ...rest,
    kicker: 'Europe',
    headline: 'Summit in Paris',
    slug: 'summit-in-paris',
    standfirst: 'Leaders meet in Paris today.',
    bylines: ['Anna Paris', 'Ben Roe'],
    dateline: 'PARIS',
    tags: ['paris', 'europe', 'Paris summit'],
    deskNotes: 'Check Paris figures',
    hero: { ...rest.hero, caption: 'Paris at night', credit: 'AFP/PARIS PHOTO', alt: 'The Seine' },
    rails: [{ id: 'r1', name: 'Paris news', items: [{ id: 'i1', title: 'More Paris', teaser: 'A Paris teaser', url: 'https://example.com/paris', picture: { ...rest.hero, caption: 'Paris rail pic' } }] }],
  };
}

describe('storyFindTargets', () => {
  it('lists every text field in reading order, leaving out the slug and links', () => {
    const labels = storyFindTargets(fields()).map((t) => t.label);
    expect(labels.slice(0, 6)).toEqual(['Kicker', 'Headline', 'Standfirst', 'Byline 1', 'Byline 2', 'Dateline']);
    expect(labels).toContain('Main picture caption');
    expect(labels).toContain('Rail “Paris news”, item 1 teaser');
    expect(labels).toContain('Rail “Paris news”, item 1 picture caption');
    const texts = storyFindTargets(fields()).map((t) => t.text);
    expect(texts).not.toContain('summit-in-paris');
    expect(texts).not.toContain('https://example.com/paris');
  });
});

describe('replaceInFields', () => {
  it('replaces in every field at once and counts', () => {
    const before = fields();
    const { fields: after, count, tooLong } = replaceInFields(before, 'paris', 'Rome', opts);
    expect(tooLong).toEqual([]);
    expect(count).toBe(13);
    expect(after.headline).toBe('Summit in Rome');
    expect(after.slug).toBe('summit-in-rome');
    expect(after.standfirst).toBe('Leaders meet in Rome today.');
    expect(after.bylines).toEqual(['Anna Rome', 'Ben Roe']);
    expect(after.dateline).toBe('Rome');
    expect(after.hero.credit).toBe('AFP/Rome PHOTO');
    expect(after.tags).toEqual(['Rome', 'europe', 'Rome summit']);
    expect(after.rails[0]?.items[0]?.picture?.caption).toBe('Rome rail pic');
    expect(after.rails[0]?.items[0]?.url).toBe('https://example.com/paris');
    // The input is untouched, so it can be put back for Undo.
    expect(before.headline).toBe('Summit in Paris');
  });

  it('keeps a slug the writer edited', () => {
    const { fields: after } = replaceInFields({ ...fields(), slug: 'my-own-slug' }, 'paris', 'Rome', opts);
    expect(after.slug).toBe('my-own-slug');
  });

  it('drops tags that become empty or repeat another', () => {
    const { fields: after } = replaceInFields({ ...fields(), tags: ['paris', 'Paris summit', 'rome'] }, 'paris', 'rome', { matchCase: true, wholeWord: false });
    expect(after.tags).toEqual(['rome', 'Paris summit']);
    expect(replaceInFields({ ...fields(), tags: ['x', 'y'] }, 'x', '', opts).fields.tags).toEqual(['y']);
  });

  it('changes nothing when a field would become too long, and says which', () => {
    const before = fields();
    const result = replaceInFields(before, 'Europe', 'E'.repeat(100), opts);
    expect(result.count).toBe(0);
    expect(result.tooLong).toEqual(['Kicker', 'Tag “europe”']);
    expect(result.fields).toBe(before);
  });
});
