import { describe, expect, it } from 'vitest';
import seedFile from '../../tests/fixtures/seed-article/seed-article.json' with { type: 'json' };
import hostileFile from '../../tests/fixtures/hostile-story.json' with { type: 'json' };
import minimalFile from '../../tests/fixtures/minimal-story.json' with { type: 'json' };
import { parseStoryExport } from '../export/parseStoryExport.ts';
import type { BodyNode } from './bodySchema.ts';
import { createStory } from './createStory.ts';
import { emptyPicture } from './emptyPicture.ts';
import { preflightStory } from './preflightStory.ts';
import type { Picture, Story } from './storySchema.ts';

const ASSET = `${'b'.repeat(64)}.jpg`;

function fixtureStory(file: unknown): Story {
  return parseStoryExport(JSON.stringify(file)).story;
}

function goodPicture(words: Partial<Picture> = {}): Picture {
  return { ...emptyPicture(), assetId: ASSET, caption: 'A caption', credit: 'EPA/ANN LEE', alt: 'What the picture shows', ...words };
}

function figure(words: Partial<Picture> = {}): BodyNode {
  const { assetId, caption, credit, alt, creator, source } = goodPicture(words);
  return { type: 'figure', attrs: { assetId, caption, credit, alt, creator, source, copyright: '', usageTerms: '' } };
}

/** A story with nothing to fix, which each test then breaks in one place. */
function cleanStory(): Story {
  const story = createStory(new Date('2025-01-01T00:00:00Z'), 'preflight-0001');
  story.headline = 'NATO to expand training mission in Iraq';
  story.hero = goodPicture();
  story.body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] }, figure()] };
  story.rails = [
    { id: 'r1', name: 'Latest', items: [{ id: 'i1', title: 'A title', teaser: '', url: 'https://example.com/a', picture: goodPicture() }] },
  ];
  return story;
}

describe('preflightStory', () => {
  it('passes the seed article clean', () => {
    expect(preflightStory(fixtureStory(seedFile))).toEqual([]);
  });

  it('passes the minimal story, which has a headline and no pictures or rails', () => {
    expect(preflightStory(fixtureStory(minimalFile))).toEqual([]);
  });

  it('finds the hostile story’s rail item without a URL and skips its slots that hold no picture file', () => {
    const items = preflightStory(fixtureStory(hostileFile));
    expect(items).toEqual([
      { code: 'rail-item-missing-url', message: `Rail “"><script>alert('rail')</script>”, item 2: no URL`, target: { kind: 'rail-item', railIndex: 1, itemIndex: 2 } },
    ]);
  });

  it('passes a story with every kind of picture in order', () => {
    expect(preflightStory(cleanStory())).toEqual([]);
  });

  it('reports an empty headline, pointing at it', () => {
    const story = cleanStory();
    story.headline = '   ';
    expect(preflightStory(story)).toEqual([{ code: 'missing-headline', message: 'The headline is empty', target: { kind: 'headline' } }]);
  });

  it('reports each hero picture problem, and none when the hero holds no picture', () => {
    const story = cleanStory();
    story.hero = goodPicture({ caption: '', credit: '', alt: '' });
    expect(preflightStory(story)).toEqual([
      { code: 'missing-caption', message: 'Hero picture: no caption', target: { kind: 'hero' } },
      { code: 'missing-credit', message: 'Hero picture: no credit', target: { kind: 'hero' } },
      { code: 'missing-alt', message: 'Hero picture: no alt text', target: { kind: 'hero' } },
    ]);
    story.hero = { ...story.hero, assetId: null };
    expect(preflightStory(story)).toEqual([]);
  });

  it('accepts a hero credit made from source and creator', () => {
    const story = cleanStory();
    story.hero = goodPicture({ credit: '', source: 'EPA', creator: 'MAURIZIO GAMBARINI' });
    expect(preflightStory(story)).toEqual([]);
  });

  it('numbers body figures in reading order, nested ones and empty slots included', () => {
    const story = cleanStory();
    story.body.content = [
      figure({ assetId: null, caption: '' }),
      { type: 'blockquote', content: [figure({ caption: 'Same words', alt: 'same  WORDS' })] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Between.' }] },
      figure({ credit: '' }),
    ];
    expect(preflightStory(story)).toEqual([
      { code: 'alt-same-as-caption', message: 'Picture 2 in the body: alt text repeats the caption', target: { kind: 'figure', index: 2 } },
      { code: 'missing-credit', message: 'Picture 3 in the body: no credit', target: { kind: 'figure', index: 3 } },
    ]);
  });

  it('reports rail items without a title or URL and their picture problems, naming the rail', () => {
    const story = cleanStory();
    const good = story.rails[0]?.items[0];
    if (!good) throw new Error('the clean story has a rail item');
    story.rails = [
      { id: 'r1', name: 'Latest', items: [good, good, { ...good, id: 'i3', title: ' ', url: '', picture: goodPicture({ alt: '' }) }] },
      { id: 'r2', name: '', items: [{ ...good, id: 'i4', picture: null, url: '' }] },
    ];
    expect(preflightStory(story)).toEqual([
      { code: 'rail-item-missing-title', message: 'Rail “Latest”, item 3: no title', target: { kind: 'rail-item', railIndex: 1, itemIndex: 3 } },
      { code: 'rail-item-missing-url', message: 'Rail “Latest”, item 3: no URL', target: { kind: 'rail-item', railIndex: 1, itemIndex: 3 } },
      { code: 'missing-alt', message: 'Rail “Latest”, item 3, picture: no alt text', target: { kind: 'rail-item', railIndex: 1, itemIndex: 3 } },
      { code: 'rail-item-missing-url', message: 'Rail 2, item 1: no URL', target: { kind: 'rail-item', railIndex: 2, itemIndex: 1 } },
    ]);
  });

  it('lists problems in reading order: headline, hero, body, rails', () => {
    const story = cleanStory();
    story.headline = '';
    story.hero = goodPicture({ alt: '' });
    story.body.content = [figure({ caption: '' })];
    const rail = story.rails[0];
    if (rail?.items[0]) rail.items[0].title = '';
    expect(preflightStory(story).map((i) => i.target.kind)).toEqual(['headline', 'hero', 'figure', 'rail-item']);
  });
});
