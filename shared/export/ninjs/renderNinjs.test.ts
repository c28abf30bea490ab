// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import hostileFixture from '../../../tests/fixtures/hostile-story.json';
import minimalFixture from '../../../tests/fixtures/minimal-story.json';
import { createNinjsValidator } from '../../../tests/fixtures/ninjs/validateNinjs.ts';
import seedFixture from '../../../tests/fixtures/seed-article/seed-article.json';
import vectorsJson from '../../../tests/fixtures/xss/vectors.json';
import { buildHostileStory } from '../../../tests/fixtures/xss/buildHostileStory.ts';
import { findHostileMarkup, type XssVector } from '../../../tests/fixtures/xss/findHostileMarkup.ts';
import { storySchema, type Story } from '../../story/storySchema.ts';
import { parseStoryExport } from '../parseStoryExport.ts';
import { NEWSDESK_BODY_CONTENT_TYPE, type NinjsItem, type NinjsRenditionFile } from './ninjsTypes.ts';
import { joinBylines, renderNinjs } from './renderNinjs.ts';
import { toNinjsUri, webAddressToUri } from './toNinjsUri.ts';

const validate = createNinjsValidator();
const BASE = 'file:///tmp/Newsdesk%20Exports/story/';
const fixture = (data: unknown): Story => parseStoryExport(JSON.stringify(data)).story;
const seed = fixture(seedFixture);
const heroId = seed.hero.assetId ?? '';

/** Rendition files as the exporter would report them, for every picture id given. */
function renditionsFor(ids: (string | null)[]): Map<string, NinjsRenditionFile[]> {
  const map = new Map<string, NinjsRenditionFile[]>();
  for (const id of ids) {
    if (!id) continue;
    const sha = id.slice(0, 64);
    map.set(
      id,
      [480, 960].flatMap((width) => [
        { width, height: width / 2, format: 'webp' as const, fileName: `${sha}-${width}.webp`, sizeInBytes: width * 3 },
        { width, height: width / 2, format: 'jpeg' as const, fileName: `${sha}-${width}.jpg`, sizeInBytes: width * 5 },
      ]),
    );
  }
  return map;
}

function render(story: Story): NinjsItem {
  return renderNinjs(story, { renditions: renditionsFor([story.hero.assetId, ...JSON.stringify(story.body).match(/[a-f0-9]{64}\.(jpg|png|webp)/g) ?? []]), baseUrl: BASE });
}

const seedWithExtras: Story = {
  ...seed,
  kicker: 'World',
  bylines: ['Ann Reporter', 'Bo Writer', 'Cy Stringer'],
  language: 'en-GB',
  deskNotes: 'DESK-ONLY: embargo note',
  hero: { ...seed.hero, creator: 'MAURIZIO GAMBARINI', source: 'EPA', copyright: '© EPA 2014', usageTerms: 'Editorial use only' },
  body: {
    type: 'doc',
    content: [
      ...seed.body.content,
      { type: 'figure', attrs: { assetId: heroId, caption: 'Second use', credit: '', alt: 'alt two', creator: 'JANE DOE', source: 'AP', copyright: '', usageTerms: '' } },
    ],
  },
};

describe('renderNinjs maps a story as the agencies do', () => {
  const item = render(seedWithExtras);

  it('validates against the ninjs 2.2 schema', () => {
    expect(validate(item)).toEqual([]);
  });

  it('identifies the item, its type, version, times, status and language', () => {
    expect(item.uri).toBe(`urn:newsdesk:story:${seed.id}`);
    expect(item.type).toBe('text');
    expect(item.version).toBe(String(Date.parse(seed.updatedAt)));
    expect(item.firstcreated).toBe(seed.createdAt);
    expect(item.versioncreated).toBe(seed.updatedAt);
    expect(item.pubstatus).toBe('usable');
    expect(item.language).toBe('en-GB');
    expect(item.standard).toEqual({ name: 'ninjs', version: '2.2', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json' });
  });

  it('maps headline, kicker, standfirst, bylines, dateline, slug and tags', () => {
    expect(item.headlines).toEqual([
      { role: 'main', value: seed.headline },
      { role: 'kicker', value: 'World' },
    ]);
    expect(item.descriptions).toEqual([{ role: 'summary', contenttype: 'text/plain', value: seed.standfirst }]);
    expect(item.by).toBe('Ann Reporter, Bo Writer and Cy Stringer');
    expect(item.people).toEqual(['Ann Reporter', 'Bo Writer', 'Cy Stringer'].map((name) => ({ name, rel: 'author' })));
    expect(item.located).toBe('Brussels');
    expect(item.slugline).toBe(seed.slug);
    expect(item.subjects).toEqual(seed.tags.map((name) => ({ name })));
  });

  it('gives the body as HTML and plain text with word and character counts, and the lossless JSON', () => {
    const [html, plain, own] = item.bodies ?? [];
    expect(html?.contenttype).toBe('text/html');
    expect(html?.value).toContain('<p>NATO agreed to expand');
    expect(html?.value).toContain(`images/${heroId.slice(0, 64)}-960.jpg`);
    expect(plain?.contenttype).toBe('text/plain');
    expect(plain?.wordcount).toBeGreaterThan(150);
    expect(html?.wordcount).toBe(plain?.wordcount);
    expect(plain?.charcount).toBe(Array.from((plain?.value ?? '').replace(/\n/g, '')).length);
    expect(own).toMatchObject({ role: 'newsdesk', contenttype: NEWSDESK_BODY_CONTENT_TYPE });
    expect(JSON.parse(own?.value ?? '')).toEqual(seedWithExtras.body);
  });

  it('never lets desk notes leave', () => {
    expect(JSON.stringify(item)).not.toContain('DESK-ONLY');
  });

  it('makes every picture use an AP-style picture association with renditions', () => {
    const hero = item.associations?.find((a) => a.name === 'hero');
    expect(hero).toEqual({
      name: 'hero',
      uri: `urn:newsdesk:picture:${heroId}`,
      type: 'picture',
      language: 'en-GB',
      headlines: [{ role: 'main', value: seed.headline }],
      descriptions: [
        { role: 'caption', contenttype: 'text/plain', value: seed.hero.caption },
        { role: 'creditline', contenttype: 'text/plain', value: 'EPA/MAURIZIO GAMBARINI' },
        { role: 'alttext', contenttype: 'text/plain', value: seed.hero.alt },
      ],
      by: 'MAURIZIO GAMBARINI',
      infosources: [{ name: 'EPA' }],
      copyrightholder: 'EPA',
      copyrightnotice: '© EPA 2014',
      usageterms: 'Editorial use only',
      renditions: expect.any(Array) as unknown,
    });
    const sha = heroId.slice(0, 64);
    expect(hero?.renditions?.[0]).toEqual({
      name: 'jpeg-480',
      title: '480 px JPEG',
      href: `${BASE}images/${sha}-480.jpg`,
      contenttype: 'image/jpeg',
      width: 480,
      height: 240,
      sizeinbytes: 2400,
    });
    expect(hero?.renditions?.map((r) => r.name)).toEqual(['jpeg-480', 'webp-480', 'jpeg-960', 'webp-960']);
    const figure = item.associations?.find((a) => a.name === 'figure-1');
    // The printed credit is SOURCE/CREATOR when the photo editor set none.
    expect(figure?.descriptions?.find((d) => d.role === 'creditline')?.value).toBe('AP/JANE DOE');
    expect(figure?.by).toBe('JANE DOE');
  });

  it('makes each rail a composite whose items carry their uri, headline, teaser and picture', () => {
    const rails = item.associations?.filter((a) => a.type === 'composite') ?? [];
    expect(rails).toHaveLength(seed.rails.length);
    const firstRail = seed.rails[0];
    const firstItem = firstRail?.items[0];
    expect(rails[0]?.headlines).toEqual([{ role: 'main', value: firstRail?.name }]);
    expect(rails[0]?.associations?.[0]).toMatchObject({
      name: 'item-1',
      uri: firstItem?.url,
      type: 'text',
      headlines: [{ role: 'main', value: firstItem?.title }],
      descriptions: [{ role: 'teaser', contenttype: 'text/plain', value: firstItem?.teaser }],
    });
  });

  it('maps every status to a pubstatus: only approved is usable', () => {
    for (const status of ['draft', 'ready-for-photo-desk', 'ready-for-desk'] as const) {
      expect(render({ ...seed, status }).pubstatus).toBe('withheld');
    }
  });
});

describe('every fixture story makes valid ninjs', () => {
  const vectors = vectorsJson as XssVector[];
  const ASSET = `${'c'.repeat(64)}.jpg`;
  const cases: [string, Story][] = [
    ['minimal-story.json', fixture(minimalFixture)],
    ['hostile-story.json', fixture(hostileFixture)],
    ['seed-article.json', seed],
    ['XSS vectors in every field', storySchema.parse(buildHostileStory(vectors, { hero: ASSET, figure: ASSET, rail: ASSET }))],
    ['a story with nothing in it', storySchema.parse({ ...seed, kicker: '', headline: '', standfirst: '', bylines: [''], dateline: '', slug: '', tags: [], rails: [], hero: { ...seed.hero, assetId: null, caption: '', credit: '', alt: '' }, body: { type: 'doc', content: [] } })],
  ];
  it.each(cases)('%s', (_name, story) => {
    const item = render(story);
    expect(validate(item)).toEqual([]);
    const html = item.bodies?.find((b) => b.contenttype === 'text/html')?.value ?? '';
    expect(findHostileMarkup(new DOMParser().parseFromString(html, 'text/html'))).toEqual([]);
  });
});

describe('URIs', () => {
  it('encodes what RFC 3986 does not allow and keeps ordinary addresses as they are', () => {
    expect(toNinjsUri('https://example.com/a?b=c#d')).toBe('https://example.com/a?b=c#d');
    expect(toNinjsUri('file:///tmp/a b/ü|x%zz%41#f#g')).toBe('file:///tmp/a%20b/%C3%BC%7Cx%25zz%41#f%23g');
    expect(validate({ uri: toNinjsUri(`https://ndxss.example/0/"><script>alert('ndxss')</script>'onmouseover='alert(1)'`) })).toEqual([]);
  });

  it('turns a web address into a valid URI, or null when none can be made', () => {
    expect(webAddressToUri('https://example.com')).toBe('https://example.com');
    expect(webAddressToUri('https://a:b/x')).toBeNull();
    const odd = webAddressToUri('https://us er@exa"mple.com/x');
    expect(odd === null || validate({ uri: odd }).length === 0).toBe(true);
  });

  it('joins bylines as AP does', () => {
    expect(joinBylines(['A'])).toBe('A');
    expect(joinBylines(['A', 'B'])).toBe('A and B');
    expect(joinBylines(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
