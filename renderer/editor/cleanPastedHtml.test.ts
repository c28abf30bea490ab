import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from './cleanPastedHtml.ts';
import { GDOCS_SAMPLE, HOSTILE_SAMPLE, WORD_SAMPLE } from './pasteSamples.fixture.ts';

/** Parses the cleaned HTML so tests can look at structure, not at exact strings. */
function parse(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
}

function tagsIn(root: Element): Set<string> {
  return new Set(Array.from(root.querySelectorAll('*')).map((el) => el.tagName.toLowerCase()));
}

function attributesIn(root: Element): Set<string> {
  return new Set(Array.from(root.querySelectorAll('*')).flatMap((el) => el.getAttributeNames()));
}

describe('cleanPastedHtml: Word', () => {
  const body = parse(cleanPastedHtml(WORD_SAMPLE));

  it('keeps only the allowed tags and attributes', () => {
    for (const tag of tagsIn(body)) expect(['p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li']).toContain(tag);
    for (const attr of attributesIn(body)) expect(['href', 'rel']).toContain(attr);
    expect(body.innerHTML).not.toMatch(/mso-|Mso|o:p|<!--|supportLists|Calibri|file:/);
  });

  it('keeps bold, italic and the link, with rel added', () => {
    expect(body.querySelector('p > strong')?.textContent).toBe('NATO to expand training mission');
    expect(body.querySelector('em')?.textContent).toBe('expand');
    const link = body.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://www.nato.int/cps/en/natohq/news.htm');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.textContent).toBe('the alliance said');
  });

  it('turns list paragraphs into a nested bullet list without the typed bullets', () => {
    const ul = body.querySelector(':scope > ul');
    expect(ul).not.toBeNull();
    const items = Array.from(ul!.querySelectorAll(':scope > li'));
    expect(items.map((li) => li.querySelector('p')?.textContent?.trim())).toEqual([
      'Training of Iraqi forces',
      'Advice to the defence ministry',
    ]);
    expect(items[0].querySelector('ul > li')?.textContent?.trim()).toBe('In Baghdad');
    expect(items[1].querySelector('strong')?.textContent).toBe('defence ministry');
    expect(ul!.textContent).not.toMatch(/[·§]|^\s*o\s/);
  });

  it('turns numbered list paragraphs into an ordered list', () => {
    const ol = body.querySelector(':scope > ol');
    expect(Array.from(ol?.querySelectorAll('li') ?? []).map((li) => li.textContent?.trim())).toEqual([
      'Restart the mission',
      'Report back in June',
    ]);
    expect(ol?.textContent).not.toMatch(/1\.|2\./);
  });

  it('drops pictures and empty spacer paragraphs, and keeps table text as paragraphs', () => {
    const paragraphs = Array.from(body.querySelectorAll(':scope > p')).map((p) => p.textContent?.trim());
    expect(paragraphs).toContain('Stoltenberg spoke in Brussels.');
    expect(paragraphs).toContain('Troops');
    expect(paragraphs).toContain('500');
    expect(paragraphs.every((text) => text !== '')).toBe(true);
  });

  it('joins the lines Word wraps inside a paragraph with a space', () => {
    expect(body.querySelector('p')?.textContent).toBe('NATO to expand training mission');
  });
});

describe('cleanPastedHtml: Google Docs', () => {
  const body = parse(cleanPastedHtml(GDOCS_SAMPLE));

  it('does not treat the docs-internal-guid wrapper as bold', () => {
    const first = body.querySelector('p')!;
    expect(first.firstChild?.nodeType).toBe(Node.TEXT_NODE);
    expect(first.querySelectorAll('strong')).toHaveLength(1);
    expect(first.querySelector('strong')?.textContent).toBe('as soon as possible');
  });

  it('reads bold and italic from span styles', () => {
    expect(body.querySelector('em')?.textContent).toBe(', adding');
  });

  it('keeps the link and drops styles, ids and the picture', () => {
    expect(body.querySelector('a')?.getAttribute('href')).toBe('https://www.nato.int/');
    for (const attr of attributesIn(body)) expect(['href', 'rel']).toContain(attr);
    expect(tagsIn(body).has('img')).toBe(false);
  });

  it('keeps nested bullets (Docs puts the sub-list directly in the list) and numbered lists', () => {
    const ul = body.querySelector(':scope > ul')!;
    const items = Array.from(ul.querySelectorAll(':scope > li'));
    expect(items).toHaveLength(2);
    expect(items[0].querySelector(':scope > ul > li')?.textContent).toBe('As long as welcome');
    expect(body.querySelector(':scope > ol > li')?.textContent).toBe('First step');
  });

  it('keeps line breaks inside a paragraph but not the spacer breaks between blocks', () => {
    const withBreak = Array.from(body.querySelectorAll('p')).find((p) => p.querySelector('br'));
    expect(withBreak?.innerHTML).toBe('Line one<br>Line two');
    expect(body.querySelectorAll(':scope > br')).toHaveLength(0);
    expect(body.innerHTML.endsWith('</p>')).toBe(true);
  });
});

describe('cleanPastedHtml: hostile clipboard', () => {
  const html = cleanPastedHtml(HOSTILE_SAMPLE);
  const body = parse(html);

  it('leaves no script, frame, svg, image, form or handler', () => {
    expect(html).not.toMatch(/<script|<iframe|<svg|<img|<form|<input|<object|<embed|<math|<style/i);
    expect(html).not.toMatch(/on\w+=|javascript:|data:|alert\(/i);
    for (const attr of attributesIn(body)) expect(['href', 'rel']).toContain(attr);
  });

  it('keeps the text of unsafe links but not the links', () => {
    const hrefs = Array.from(body.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://ok.example/']);
    expect(body.textContent).toContain('a trap');
    expect(body.textContent).toContain('another');
    expect(body.querySelector('strong')?.textContent).toBe('bold');
  });
});

describe('cleanPastedHtml: small cases', () => {
  it('returns plain paragraphs untouched', () => {
    expect(cleanPastedHtml('<p>One</p><p>Two</p>')).toBe('<p>One</p><p>Two</p>');
  });

  it('wraps loose text in a paragraph and keeps mailto links', () => {
    expect(cleanPastedHtml('Write to <a href="mailto:desk@example.org">the desk</a>')).toBe(
      '<p>Write to <a href="mailto:desk@example.org" rel="noopener noreferrer">the desk</a></p>',
    );
  });

  it('turns headings and quotes into paragraphs', () => {
    expect(cleanPastedHtml('<h1>Title</h1><blockquote><p>Quote</p></blockquote>')).toBe('<p>Title</p><p>Quote</p>');
  });

  it('escapes text that looks like markup', () => {
    expect(cleanPastedHtml('<p>1 &lt; 2 &amp; &lt;b&gt;</p>')).toBe('<p>1 &lt; 2 &amp; &lt;b&gt;</p>');
  });

  it('lets a style turn bold off inside a bold element', () => {
    expect(cleanPastedHtml('<p><strong>a<span style="font-weight: normal">b</span></strong></p>')).toBe('<p><strong>a</strong>b</p>');
  });
});
