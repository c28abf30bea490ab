import { describe, expect, it } from 'vitest';
import seedFixture from '../../../tests/fixtures/seed-article/seed-article.json';
import { ApiError } from '../../api/apiError.ts';
import type { Story } from '../../story/storySchema.ts';
import { parseStoryExport } from '../parseStoryExport.ts';
import type { NinjsRenditionFile } from './ninjsTypes.ts';
import { parseNinjs } from './parseNinjs.ts';
import { renderNinjs } from './renderNinjs.ts';
import { replaceAssetIds } from './replaceAssetIds.ts';

const seed = parseStoryExport(JSON.stringify(seedFixture)).story;
const heroId = seed.hero.assetId ?? '';
const railId = `${'b'.repeat(64)}.png`;
const files = (id: string): NinjsRenditionFile[] =>
  [480, 1200].flatMap((width) => [
    { width, height: 100, format: 'webp' as const, fileName: `${id.slice(0, 64)}-${width}.webp`, sizeInBytes: 10 },
    { width, height: 100, format: 'jpeg' as const, fileName: `${id.slice(0, 64)}-${width}.jpg`, sizeInBytes: 10 },
  ]);

const story: Story = {
  ...seed,
  status: 'approved',
  hero: { ...seed.hero, credit: '', creator: 'MAURIZIO GAMBARINI', source: 'EPA', copyright: '© EPA', usageTerms: 'Editorial use only' },
  body: {
    type: 'doc',
    content: [
      ...seed.body.content,
      { type: 'figure', attrs: { assetId: heroId, caption: 'Body caption', credit: '', alt: 'alt', creator: 'JOHN', source: 'AP', copyright: '', usageTerms: '' } },
      { type: 'figure', attrs: { assetId: null, caption: 'Picture to come', credit: '', alt: '', creator: '', source: '', copyright: '', usageTerms: '' } },
    ],
  },
  rails: seed.rails.map((rail, r) => ({
    ...rail,
    items: rail.items.map((item, i) => (r === 0 && i === 0 ? { ...item, picture: { ...seed.hero, assetId: railId, caption: 'Rail pic', credit: 'NTB' } } : item)),
  })),
};
const json = JSON.stringify(renderNinjs(story, { renditions: new Map([[heroId, files(heroId)], [railId, files(railId)]]), baseUrl: 'file:///x/' }));

describe('parseNinjs', () => {
  it('gives back a Newsdesk story: text, body, pictures with their words, rails', () => {
    const parsed = parseNinjs(json);
    expect(parsed.fromNewsdesk).toBe(true);
    expect(parsed.notices).toEqual([]);
    // The hero's empty credit printed as SOURCE/CREATOR comes back as that text; a body figure keeps its own (empty) credit.
    expect(parsed.story).toEqual({ ...story, deskNotes: '', hero: { ...story.hero, credit: 'EPA/MAURIZIO GAMBARINI' } });
    expect(parsed.story.body.content.find((n) => n.type === 'figure')?.attrs?.credit).toBe('');
    expect(parsed.pictures).toEqual([
      { assetId: heroId, file: `images/${heroId.slice(0, 64)}-1200.jpg` },
      { assetId: railId, file: `images/${railId.slice(0, 64)}-1200.jpg` },
    ]);
  });

  it('reads words edited in the associations back onto the pictures', () => {
    const data = JSON.parse(json) as { associations: { name: string; descriptions: { role: string; value: string }[] }[] };
    const figure = data.associations.find((a) => a.name === 'figure-1');
    const caption = figure?.descriptions.find((d) => d.role === 'caption');
    if (!caption) throw new Error('figure-1 has a caption');
    caption.value = 'Caption fixed by the partner desk';
    const body = parseNinjs(JSON.stringify(data)).story.body.content;
    expect(body.find((n) => n.type === 'figure')?.attrs?.caption).toBe('Caption fixed by the partner desk');
  });

  it('maps pubstatus back: usable is approved, withheld is draft', () => {
    expect(parseNinjs(JSON.stringify({ ...JSON.parse(json), pubstatus: 'withheld' })).story.status).toBe('draft');
  });

  it('reads an agency item as far as the fields go, body as plain paragraphs', () => {
    const agency = {
      uri: 'http://tt.se/media/text/210526-militarovning-a0f2d045',
      type: 'text',
      versioncreated: '2021-05-26T13:40:18+02:00',
      pubstatus: 'usable',
      language: 'sv',
      slugline: 'militärövning',
      by: 'Karl Melander/TT',
      headlines: [{ role: 'main', value: 'Militärövning i jätteformat hålls 2023' }],
      descriptions: [{ role: 'text', value: 'Pandemin satte stopp.' }],
      bodies: [{ role: 'html5', contenttype: 'text/html', value: '<html><head><title>x</title></head><body><p>Första &amp; <a href="javascript:alert(1)">andra</a>.</p><script>alert(1)</script><p>Tredje</p></body></html>' }],
      associations: [{ name: 'a001', type: 'picture', uri: 'http://tt.se/media/image/x', by: 'Karl Melander/TT', descriptions: [{ value: 'En stor övning.' }] }],
      subjects: [{ literal: '16000000', name: 'Krig' }],
    };
    const parsed = parseNinjs(JSON.stringify(agency), new Date('2025-01-01T00:00:00.000Z'));
    expect(parsed.fromNewsdesk).toBe(false);
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.story).toMatchObject({
      headline: 'Militärövning i jätteformat hålls 2023',
      standfirst: 'Pandemin satte stopp.',
      bylines: ['Karl Melander/TT'],
      slug: 'militarovning',
      language: 'sv',
      tags: ['Krig'],
      status: 'draft',
      createdAt: '2021-05-26T13:40:18+02:00',
      hero: { assetId: null, caption: 'En stor övning.', creator: 'Karl Melander/TT' },
      rails: [],
    });
    expect(parsed.story.body.content.map((p) => p.content?.[0]?.text)).toEqual(['Första & andra.', 'Tredje']);
    expect(parsed.pictures).toEqual([]);
  });

  it('refuses what is not ninjs, or not a valid story, with a readable message', () => {
    expect(() => parseNinjs('not json')).toThrow(/not a ninjs file: it is not valid JSON/);
    expect(() => parseNinjs('{"format":"newsdesk-story"}')).toThrow(/a JSON object with a "uri"/);
    const broken = JSON.parse(json) as { bodies: { role: string; value: string }[] };
    const own = broken.bodies.find((b) => b.role === 'newsdesk');
    if (own) own.value = JSON.stringify({ type: 'doc', content: [{ type: 'script' }] });
    const error = (() => {
      try {
        parseNinjs(JSON.stringify(broken));
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('bad-input');
  });

  it('refuses a Newsdesk item whose picture has no rendition file', () => {
    const data = JSON.parse(json) as { associations: { name: string; renditions?: unknown }[] };
    for (const a of data.associations) delete a.renditions;
    expect(() => parseNinjs(JSON.stringify(data))).toThrow(/has no rendition file/);
  });
});

describe('replaceAssetIds', () => {
  it('swaps every picture reference and leaves the rest', () => {
    const next = replaceAssetIds(story, new Map([[heroId, `${'d'.repeat(64)}.jpg`]]));
    expect(next.hero.assetId).toBe(`${'d'.repeat(64)}.jpg`);
    expect(JSON.stringify(next)).not.toContain(heroId);
    expect(next.rails[0]?.items[0]?.picture?.assetId).toBe(railId);
  });
});
