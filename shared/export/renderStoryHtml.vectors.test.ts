// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import vectorsJson from '../../tests/fixtures/xss/vectors.json';
import { buildHostileStory, withBadSchemes } from '../../tests/fixtures/xss/buildHostileStory.ts';
import { findHostileMarkup, linkHrefsInJson, type XssVector } from '../../tests/fixtures/xss/findHostileMarkup.ts';
import { SAFE_LINK } from '../story/safeLink.ts';
import { storySchema } from '../story/storySchema.ts';
import { parseStoryExport } from './parseStoryExport.ts';
import { renderBodyHtml } from './renderBodyHtml.ts';
import { renderStoryHtml } from './renderStoryHtml.ts';
import { serializeStoryExport } from './serializeStoryExport.ts';

const vectors = vectorsJson as XssVector[];
const ASSET = `${'c'.repeat(64)}.jpg`;
const story = storySchema.parse(buildHostileStory(vectors, { hero: ASSET, figure: ASSET, rail: ASSET }));
const RENDITIONS = new Map([[ASSET, [{ width: 480, height: 320, format: 'jpeg' as const, fileName: `${'c'.repeat(64)}-480.jpg` }]]]);

/** Text as the HTML parser hands it back: CR and CRLF become LF, NUL in text is dropped. */
function asParsed(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\0/g, '');
}

function parseDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('renderStoryHtml with XSS vectors in every field', () => {
  const html = renderStoryHtml(story, RENDITIONS);
  const doc = parseDocument(html);

  it('has no script but the JSON-LD, no handler, no bad address, no frame or form', () => {
    expect(findHostileMarkup(doc)).toEqual([]);
    expect(Array.from(doc.querySelectorAll('script')).map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
  });

  it('shows every vector as text where it was typed', () => {
    expect(doc.querySelector('h1')?.textContent).toBe(story.headline);
    expect(doc.querySelector('.kicker')?.textContent).toBe(story.kicker);
    expect(doc.querySelector('.standfirst')?.textContent).toBe(story.standfirst);
    expect(doc.querySelector('.dateline')?.textContent).toBe(story.dateline);
    expect(doc.querySelector('.hero .caption')?.textContent).toBe(story.hero.caption);
    expect(doc.querySelector('.hero img')?.getAttribute('alt')).toBe(story.hero.alt);
    const paragraphs = Array.from(doc.querySelectorAll('.story-body > p'), (p) => p.textContent);
    expect(paragraphs).toEqual(vectors.map((v) => `${asParsed(v.html)} link ${asParsed(v.html)}`));
    expect(doc.querySelectorAll('.rail li').length).toBe(40);
  });

  it('keeps the JSON-LD one script that parses back to the story’s own words', () => {
    const block = doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
    const data = JSON.parse(block) as { headline: string; author: { name: string }[]; keywords: string[] };
    expect(data.headline).toBe(story.headline);
    expect(data.author.map((a) => a.name)).toEqual(story.bylines.filter((b) => b.trim() !== ''));
    expect(data.keywords).toEqual(story.tags);
    expect(block).not.toMatch(/<\/?script|<!--/i);
  });

  it('never renders desk notes or attributes the schema does not define', () => {
    expect(html).not.toContain(story.deskNotes.slice(0, 40).replace(/&/g, '&amp;'));
    expect(doc.querySelectorAll('[onclick], [onerror], [formaction], [target]')).toHaveLength(0);
  });

  it.each(vectors.map((v) => [v.id, v] as const))('%s alone in a body paragraph and link renders inert', (_id, vector) => {
    const body = storySchema.shape.body.parse({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: vector.html, marks: [{ type: 'link', attrs: { href: `https://ndxss.example/${vector.html}` } }] }] }],
    });
    const fragment = parseDocument(`<body>${renderBodyHtml(body)}</body>`).body;
    expect(findHostileMarkup(fragment)).toEqual([]);
    expect(fragment.textContent).toBe(asParsed(vector.html));
  });
});

describe('the JSON export of the hostile story', () => {
  it('round-trips losslessly and keeps only web and mail links', () => {
    const json = serializeStoryExport(story);
    const back = parseStoryExport(json);
    expect(back.story.headline).toBe(story.headline);
    expect(back.story.body).toEqual(story.body);
    const hrefs = linkHrefsInJson(JSON.parse(json));
    expect(hrefs.length).toBeGreaterThan(vectors.length - 1);
    for (const href of hrefs) expect(href.trim()).toMatch(SAFE_LINK);
  });

  it('is refused as a whole when a link or rail URL uses another scheme', () => {
    const hostile = withBadSchemes(story);
    expect(storySchema.safeParse(hostile).success).toBe(false);
    const { deskNotes: _notes, ...exported } = hostile;
    void _notes;
    const json = JSON.stringify({ format: 'newsdesk-story', formatVersion: 1, exportedAt: '2025-03-01T10:06:00.000Z', generator: 'x', story: exported, assets: [] });
    expect(() => parseStoryExport(json)).toThrow(/link|http/i);
  });
});
