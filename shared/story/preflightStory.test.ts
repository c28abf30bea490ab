import { describe, expect, it } from 'vitest';
import seedFile from '../../tests/fixtures/seed-article/seed-article.json' with { type: 'json' };
import hostileFile from '../../tests/fixtures/hostile-story.json' with { type: 'json' };
import minimalFile from '../../tests/fixtures/minimal-story.json' with { type: 'json' };
import { parseStoryExport } from '../export/parseStoryExport.ts';
import type { BodyNode } from './bodySchema.ts';
import { createStory } from './createStory.ts';
import { emptyPicture } from './emptyPicture.ts';
import { houseRulesSchema } from './houseRules.ts';
import { DEFAULT_HOUSE_RULES } from './defaultHouseRules.ts';
import { preflightStory, type DeskProblem } from './preflightStory.ts';
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

/** The problems without ids and severities, for comparing lists. */
function brief(problems: DeskProblem[]): Pick<DeskProblem, 'rule' | 'message' | 'target'>[] {
  return problems.map(({ rule, message, target }) => ({ rule, message, target }));
}

describe('preflightStory', () => {
  it('passes the seed article but for its ad slot above the first paragraph (a warning)', () => {
    expect(preflightStory(fixtureStory(seedFile))).toEqual([
      { id: 'ad-slot-first@body:0-1', rule: 'ad-slot-first', severity: 'warning', message: 'Body: an ad slot is the first block, before any text', target: { kind: 'body', from: 0, to: 1 } },
    ]);
  });

  it('passes the minimal story, which has a headline and no pictures or rails', () => {
    expect(preflightStory(fixtureStory(minimalFile))).toEqual([]);
  });

  it('finds the hostile story’s broken mailto link and rail item without a URL, and skips its slots that hold no picture file', () => {
    const items = preflightStory(fixtureStory(hostileFile)).filter((p) => p.severity === 'error');
    expect(brief(items)).toEqual([
      {
        rule: 'bad-link',
        message: `Body: the link on “mail” goes to “mailto:a@b.c?subject='"><img src=x onerror=alert(1)>”, which is not a web (http, https) or mailto address`,
        target: { kind: 'body', from: 168, to: 172 },
      },
      { rule: 'rail-item-missing-url', message: `Rail “"><script>alert('rail')</script>”, item 2: no URL`, target: { kind: 'rail-item', railIndex: 1, itemIndex: 2 } },
    ]);
  });

  it('passes a story with every kind of picture in order', () => {
    expect(preflightStory(cleanStory())).toEqual([]);
  });

  it('reports an empty headline, pointing at it', () => {
    const story = cleanStory();
    story.headline = '   ';
    expect(preflightStory(story)).toEqual([
      { id: 'missing-headline@headline:0-3', rule: 'missing-headline', severity: 'error', message: 'The headline is empty', target: { kind: 'field', field: 'headline', from: 0, to: 3 } },
    ]);
  });

  it('reports each hero picture problem, and none when the hero holds no picture', () => {
    const story = cleanStory();
    story.hero = goodPicture({ caption: '', credit: '', alt: '' });
    expect(brief(preflightStory(story))).toEqual([
      { rule: 'missing-caption', message: 'Hero picture: no caption', target: { kind: 'hero' } },
      { rule: 'missing-credit', message: 'Hero picture: no credit', target: { kind: 'hero' } },
      { rule: 'missing-alt', message: 'Hero picture: no alt text', target: { kind: 'hero' } },
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
    expect(brief(preflightStory(story))).toEqual([
      { rule: 'alt-same-as-caption', message: 'Picture 2 in the body: alt text repeats the caption', target: { kind: 'figure', index: 2, pos: 2 } },
      { rule: 'missing-credit', message: 'Picture 3 in the body: no credit', target: { kind: 'figure', index: 3, pos: 14 } },
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
    expect(brief(preflightStory(story))).toEqual([
      { rule: 'rail-item-missing-title', message: 'Rail “Latest”, item 3: no title', target: { kind: 'rail-item', railIndex: 1, itemIndex: 3 } },
      { rule: 'rail-item-missing-url', message: 'Rail “Latest”, item 3: no URL', target: { kind: 'rail-item', railIndex: 1, itemIndex: 3 } },
      { rule: 'missing-alt', message: 'Rail “Latest”, item 3, picture: no alt text', target: { kind: 'rail-item', railIndex: 1, itemIndex: 3 } },
      { rule: 'rail-item-missing-url', message: 'Rail 2, item 1: no URL', target: { kind: 'rail-item', railIndex: 2, itemIndex: 1 } },
    ]);
  });

  it('lists problems in reading order: headline, hero, body, rails', () => {
    const story = cleanStory();
    story.headline = '';
    story.hero = goodPicture({ alt: '' });
    story.body.content = [figure({ caption: '' })];
    const rail = story.rails[0];
    if (rail?.items[0]) rail.items[0].title = '';
    expect(preflightStory(story).map((i) => i.target.kind)).toEqual(['field', 'hero', 'figure', 'rail-item']);
  });

  it('runs every rule family under the house rules, in reading order, with unique ids', () => {
    const story = cleanStory();
    story.kicker = 'TK';
    story.headline = 'Minister to to utilise the "new" plan';
    story.body.content = [
      { type: 'paragraph' },
      { type: 'adSlot' },
      { type: 'adSlot' },
      { type: 'paragraph', content: [{ type: 'text', text: 'Said  TK.' }, { type: 'text', text: 'here', marks: [{ type: 'link', attrs: { href: 'https://' } }] }] },
      figure(),
    ];
    const rules = houseRulesSchema.parse({ headlineMax: 20, curlyQuotes: true, bannedWords: [{ word: 'utilise', suggestion: 'use' }] });
    const problems = preflightStory(story, rules);
    expect(problems.map((p) => [p.rule, p.severity, p.target.kind === 'field' || p.target.kind === 'body' ? `${p.target.kind} ${p.target.from}-${p.target.to}` : p.target.kind])).toEqual([
      ['placeholder', 'error', 'field 0-2'],
      ['doubled-word', 'warning', 'field 9-14'],
      ['banned-word', 'warning', 'field 15-22'],
      ['headline-too-long', 'warning', 'field 20-37'],
      ['straight-quote', 'warning', 'field 27-28'],
      ['straight-quote', 'warning', 'field 31-32'],
      ['edge-empty-paragraph', 'warning', 'body 0-2'],
      ['ad-slot-after-ad-slot', 'warning', 'body 3-4'],
      ['double-space', 'warning', 'body 9-11'],
      ['placeholder', 'error', 'body 11-13'],
      ['bad-link', 'error', 'body 14-18'],
    ]);
    expect(new Set(problems.map((p) => p.id)).size).toBe(problems.length);
    // Without the rules file: defaults (70 characters, straight quotes allowed, no banned words).
    expect(preflightStory(story, DEFAULT_HOUSE_RULES).map((p) => p.rule)).toEqual(['placeholder', 'doubled-word', 'edge-empty-paragraph', 'ad-slot-after-ad-slot', 'double-space', 'placeholder', 'bad-link']);
  });
});

describe('DEFAULT_HOUSE_RULES', () => {
  it('are exactly the schema defaults', () => {
    expect(DEFAULT_HOUSE_RULES).toEqual(houseRulesSchema.parse({}));
  });
});
