import { describe, expect, it } from 'vitest';
import seedFile from '../../tests/fixtures/seed-article/seed-article.json' with { type: 'json' };
import hostileFile from '../../tests/fixtures/hostile-story.json' with { type: 'json' };
import minimalFile from '../../tests/fixtures/minimal-story.json' with { type: 'json' };
import { parseStoryExport } from './parseStoryExport.ts';
import { renderStoryHtml, STORY_PAGE_CSP } from './renderStoryHtml.ts';

interface JsdomCtor {
  new (html: string): { window: { document: Document } };
}
// jsdom ships no type declarations here; a non-literal specifier keeps tsc from looking for them.
const jsdomName = 'jsdom';
const { JSDOM } = (await import(jsdomName)) as { JSDOM: JsdomCtor };

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

const seed = parseStoryExport(JSON.stringify(seedFile)).story;
const hostile = parseStoryExport(JSON.stringify(hostileFile)).story;
const minimal = parseStoryExport(JSON.stringify(minimalFile)).story;

function text(el: Element | null): string {
  return el?.textContent?.trim() ?? '';
}

describe('renderStoryHtml on the seed article', () => {
  const html = renderStoryHtml(seed);
  const doc = parse(html);

  it('is an HTML5 document with language, charset, viewport, title and a strict CSP without scripts', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('meta[name="viewport"]')).not.toBeNull();
    expect(doc.title).toBe('NATO to expand training mission in Iraq');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toBe(STORY_PAGE_CSP);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).not.toContain('script-src');
    expect(doc.querySelectorAll('link, iframe, form, input').length).toBe(0);
  });

  it('has one article with the header: kicker, headline, standfirst, byline, dateline and time', () => {
    expect(doc.querySelectorAll('article')).toHaveLength(1);
    const header = doc.querySelector('article > header');
    expect(text(header?.querySelector('.kicker') ?? null)).toBe('World');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(text(doc.querySelector('article h1'))).toBe(seed.headline);
    expect(text(header?.querySelector('.standfirst') ?? null)).toBe(seed.standfirst);
    expect(text(header?.querySelector('.byline') ?? null)).toContain(seed.bylines[0]);
    expect(text(header?.querySelector('.dateline') ?? null)).toBe('Brussels');
    expect(header?.querySelector('time')?.getAttribute('datetime')).toBe(seed.createdAt);
  });

  it('shows the hero with its exact caption and the credit as its own element, from a relative image path', () => {
    const hero = doc.querySelector('article > figure');
    const img = hero?.querySelector('img');
    expect(img?.getAttribute('src')).toBe(`images/${seed.hero.assetId}`);
    expect(img?.getAttribute('alt')).toBe(seed.hero.alt);
    const credit = doc.querySelector('article > figure > figcaption > .credit');
    expect(text(credit)).toBe('EPA/MAURIZIO GAMBARINI');
    expect(text(doc.querySelector('article > figure > figcaption > .caption'))).toBe(
      'Participants sit in front of the Nato logo during the NATO summit in Newport, South Wales, 04 September 2014. World leaders from about 60 countries are coming together for a two-day NATO summit taking place from 04-05 September 2014.',
    );
  });

  it('has the six paragraphs verbatim, between the two ad slots, then the newsletter box', () => {
    const body = doc.querySelector('article .story-body');
    const blocks = [...(body?.children ?? [])];
    const paragraphs = blocks.filter((b) => b.tagName === 'P').map((p) => p.textContent);
    const expected = seed.body.content.filter((n) => n.type === 'paragraph').map((n) => n.content?.[0]?.text);
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs).toEqual(expected);
    expect(paragraphs[0]).toBe(
      'NATO agreed to expand the Western alliance’s training mission in Iraq. The move comes amid United States’ calls do more in the Middle East.',
    );
    expect(blocks.map((b) => b.className || b.tagName)).toEqual(['ad-slot', 'P', 'P', 'P', 'P', 'P', 'P', 'ad-slot', 'newsletter']);
    expect(html.match(/<!-- ad-slot -->/g)).toHaveLength(2);
    for (const ad of body?.querySelectorAll('.ad-slot') ?? []) expect(text(ad)).toBe('- Advertisement -');
    expect(text(body?.querySelector('section.newsletter h2') ?? null)).toBe('Subscribe to our newsletter');
  });

  it('has the "Latest" and "Don\'t miss" rails with every title, teaser and link', () => {
    const asides = [...doc.querySelectorAll('aside.rail')];
    expect(asides.map((a) => a.getAttribute('aria-label'))).toEqual(['Latest', "Don't miss"]);
    expect(asides.map((a) => text(a.querySelector('h2')))).toEqual(['Latest', "Don't miss"]);
    seed.rails.forEach((rail, r) => {
      const items = [...(asides[r]?.querySelectorAll('ul > li') ?? [])];
      expect(items).toHaveLength(rail.items.length);
      rail.items.forEach((item, i) => {
        const link = items[i]?.querySelector('a');
        expect(text(link ?? null)).toBe(item.title);
        expect(link?.getAttribute('href')).toBe(item.url);
        expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
        expect(text(items[i]?.querySelector('p') ?? null)).toBe(item.teaser);
      });
    });
    expect(seed.rails[0]?.items).toHaveLength(2);
    expect(text(asides[1]?.querySelector('li:last-child a') ?? null)).toBe('The European Legion’s Activities in Libya');
  });

  it('carries a JSON-LD NewsArticle that parses back', () => {
    const scripts = doc.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.getAttribute('type')).toBe('application/ld+json');
    const data = JSON.parse(scripts[0]?.textContent ?? '') as Record<string, unknown>;
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(seed.headline);
    expect(data.description).toBe(seed.standfirst);
    expect(data.articleSection).toBe('World');
    expect(data.keywords).toEqual(seed.tags);
    expect(data.dateline).toBe('Brussels');
    expect(data.image).toEqual([`images/${seed.hero.assetId}`]);
    expect(data.author).toEqual([{ '@type': 'Person', name: seed.bylines[0] }]);
  });
});

describe('renderStoryHtml with a rendition map', () => {
  const heroId = seed.hero.assetId ?? '';
  const sha = heroId.slice(0, 64);
  const map = new Map([
    [
      heroId,
      [
        { width: 480, height: 320, format: 'webp' as const, fileName: `${sha}-480.webp` },
        { width: 480, height: 320, format: 'jpeg' as const, fileName: `${sha}-480.jpg` },
        { width: 700, height: 467, format: 'webp' as const, fileName: `${sha}-700.webp` },
        { width: 700, height: 467, format: 'jpeg' as const, fileName: `${sha}-700.jpg` },
      ],
    ],
  ]);
  const doc = parse(renderStoryHtml(seed, map));

  it('draws the hero as <picture> from the renditions, falling back to the widest JPEG below 960', () => {
    const img = doc.querySelector('figure.hero picture img');
    expect(img?.getAttribute('src')).toBe(`images/${sha}-700.jpg`);
    expect(img?.getAttribute('srcset')).toBe(`images/${sha}-480.jpg 480w, images/${sha}-700.jpg 700w`);
    expect(img?.getAttribute('sizes')).toBe('(min-width: 48rem) 46rem, 100vw');
    expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['700', '467']);
    expect(img?.getAttribute('alt')).toBe(seed.hero.alt);
    expect(doc.querySelector('figure.hero picture source[type="image/webp"]')?.getAttribute('srcset')).toBe(
      `images/${sha}-480.webp 480w, images/${sha}-700.webp 700w`,
    );
    expect(doc.querySelector(`img[src="images/${heroId}"]`)).toBeNull();
  });

  it('points the JSON-LD image at the largest JPEG rendition', () => {
    const data = JSON.parse(doc.querySelector('script')?.textContent ?? '') as Record<string, unknown>;
    expect(data.image).toEqual([`images/${sha}-700.jpg`]);
  });
});

describe('renderStoryHtml on hostile input', () => {
  const html = renderStoryHtml(hostile);
  const doc = parse(html);

  it('runs no script: only the one ld+json block, no on* attribute, no javascript: address', () => {
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.getAttribute('type')).toBe('application/ld+json');
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name.startsWith('on'), `${el.tagName} has ${attr.name}`).toBe(false);
        if (attr.name === 'href' || attr.name === 'src' || attr.name === 'action') {
          expect(attr.value.trim().toLowerCase().startsWith('javascript:')).toBe(false);
        }
      }
    }
    expect(doc.querySelectorAll('img, svg, form, input, iframe').length).toBe(0);
  });

  it('shows every hostile string as text, exactly as written', () => {
    expect(text(doc.querySelector('h1'))).toBe(hostile.headline);
    expect(doc.title).toBe(hostile.headline);
    expect(text(doc.querySelector('.kicker'))).toBe(hostile.kicker);
    expect(text(doc.querySelector('.standfirst'))).toBe(hostile.standfirst);
    expect(text(doc.querySelector('.dateline'))).toBe(hostile.dateline);
    expect([...doc.querySelectorAll('.author')].map((a) => a.textContent)).toEqual(hostile.bylines);
    expect(text(doc.querySelector('article > figure .credit'))).toBe(hostile.hero.credit);
    expect(doc.querySelector('aside.rail')?.getAttribute('aria-label')).toBe(hostile.rails[0]?.name);
    expect(text(doc.querySelector('.newsletter-button'))).toContain('<form action=');
  });

  it('keeps the JSON-LD intact: it parses back to the story fields', () => {
    const data = JSON.parse(doc.querySelector('script')?.textContent ?? '') as Record<string, unknown>;
    expect(data.headline).toBe(hostile.headline);
    expect(data.keywords).toEqual(hostile.tags);
    const raw = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(raw).not.toMatch(/[<>&]/);
  });

  it('leaves desk notes out of the page', () => {
    const withNotes = { ...hostile, deskNotes: 'DESK-NOTE-hostile-7f3a: legal says hold' };
    expect(renderStoryHtml(withNotes)).not.toContain('DESK-NOTE-hostile-7f3a');
  });
});

describe('renderStoryHtml on the minimal story', () => {
  it('renders a headline and a paragraph without empty hero, byline or rails', () => {
    const doc = parse(renderStoryHtml(minimal));
    expect(text(doc.querySelector('h1'))).toBe('Council approves new bus timetable');
    expect(doc.querySelectorAll('.story-body p')).toHaveLength(1);
    expect(doc.querySelector('figure')).toBeNull();
    expect(doc.querySelector('.byline')).toBeNull();
    expect(doc.querySelectorAll('aside')).toHaveLength(0);
  });
});
