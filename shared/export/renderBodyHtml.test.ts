import { describe, expect, it } from 'vitest';
import type { BodyDoc, BodyNode } from '../story/bodySchema.ts';
import { renderBodyHtml } from './renderBodyHtml.ts';

const ASSET = `${'ab'.repeat(32)}.jpg`;

function doc(...content: BodyNode[]): BodyDoc {
  return { type: 'doc', content };
}

function linked(href: string, label = 'here'): BodyNode {
  return { type: 'paragraph', content: [{ type: 'text', text: label, marks: [{ type: 'link', attrs: { href } }] }] };
}

describe('renderBodyHtml', () => {
  it('renders paragraphs, headings, lists, quotes and marks with the editor preset', () => {
    const html = renderBodyHtml(
      doc(
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Sub' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }, { type: 'text', text: 'b', marks: [{ type: 'italic' }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }] },
        { type: 'pullQuote', content: [{ type: 'text', text: 'Said.' }] },
      ),
    );
    expect(html).toBe(
      '<h3>Sub</h3><p><strong>a</strong><br/><em>b</em></p><ul><li><p>one</p></li></ul><blockquote data-pull-quote="" class="pull-quote">Said.</blockquote>',
    );
  });

  it('keeps web and mail links with rel="noopener noreferrer"', () => {
    expect(renderBodyHtml(doc(linked('https://example.com/a?b=1&c=2')))).toBe(
      '<p><a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">here</a></p>',
    );
    expect(renderBodyHtml(doc(linked('mailto:desk@example.com')))).toContain('href="mailto:desk@example.com"');
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>x</script>', 'file:///etc/passwd', 'vbscript:x', '\u0001javascript:x', '//evil.example'])(
    'turns a %j link into plain text',
    (href) => {
      expect(renderBodyHtml(doc(linked(href, 'click <me>')))).toBe('<p>click &lt;me&gt;</p>');
    },
  );

  it('escapes quotes that try to break out of an href', () => {
    const html = renderBodyHtml(doc(linked('https://x.example/"onmouseover="alert(1)')));
    expect(html).toBe('<p><a href="https://x.example/&quot;onmouseover=&quot;alert(1)" rel="noopener noreferrer">here</a></p>');
  });

  it('drops attributes the schema does not know, such as onclick', () => {
    const html = renderBodyHtml(doc({ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [{ type: 'text', text: 'x' }] }));
    expect(html).toBe('<p>x</p>');
  });

  it('renders a figure with a relative image, caption and separate credit, all escaped', () => {
    const html = renderBodyHtml(doc({ type: 'figure', attrs: { assetId: ASSET, caption: 'A <b>caption</b>', credit: 'EPA/X', alt: 'Say "cheese"' } }));
    expect(html).toBe(
      `<figure class="nd-figure"><img src="images/${ASSET}" alt="Say &quot;cheese&quot;" loading="lazy"><figcaption><span class="caption">A &lt;b&gt;caption&lt;/b&gt;</span> <span class="credit">EPA/X</span></figcaption></figure>`,
    );
  });

  it('renders a figure with renditions as <picture> with WebP and JPEG srcsets, and prints SOURCE/CREATOR when the credit is empty', () => {
    const sha = ASSET.slice(0, 64);
    const renditions = new Map([
      [
        ASSET,
        [480, 960, 1600].flatMap((width) => [
          { width, height: width / 2, format: 'webp' as const, fileName: `${sha}-${width}.webp` },
          { width, height: width / 2, format: 'jpeg' as const, fileName: `${sha}-${width}.jpg` },
        ]),
      ],
    ]);
    const attrs = { assetId: ASSET, caption: '<script>x</script>', credit: '', source: 'EPA', creator: 'MAURIZIO GAMBARINI', alt: 'Delegates' };
    const html = renderBodyHtml(doc({ type: 'figure', attrs }), renditions);
    const sizes = 'sizes="(min-width: 48rem) 46rem, 100vw"';
    expect(html).toBe(
      `<figure class="nd-figure"><picture><source type="image/webp" srcset="images/${sha}-480.webp 480w, images/${sha}-960.webp 960w, images/${sha}-1600.webp 1600w" ${sizes}>` +
        `<img src="images/${sha}-960.jpg" srcset="images/${sha}-480.jpg 480w, images/${sha}-960.jpg 960w, images/${sha}-1600.jpg 1600w" ${sizes} width="960" height="480" alt="Delegates" loading="lazy"></picture>` +
        `<figcaption><span class="caption">&lt;script&gt;x&lt;/script&gt;</span> <span class="credit">EPA/MAURIZIO GAMBARINI</span></figcaption></figure>`,
    );
    // A picture the map does not list falls back to the original beside the page.
    expect(renderBodyHtml(doc({ type: 'figure', attrs }), new Map())).toContain(`<img src="images/${ASSET}" alt="Delegates" loading="lazy">`);
  });

  it('leaves out the image of a figure without a valid picture', () => {
    const html = renderBodyHtml(doc({ type: 'figure', attrs: { assetId: '../../etc/passwd', caption: 'c', credit: '', alt: '' } }));
    expect(html).toBe('<figure class="nd-figure"><figcaption><span class="caption">c</span></figcaption></figure>');
  });

  it('renders the ad slot as a comment plus a labelled box', () => {
    expect(renderBodyHtml(doc({ type: 'adSlot' }))).toBe('<!-- ad-slot --><div class="ad-slot" role="presentation">- Advertisement -</div>');
  });

  it('renders the newsletter box without any form that could submit', () => {
    const html = renderBodyHtml(doc({ type: 'newsletterBox', attrs: { heading: 'Subscribe to our newsletter', text: 'Daily <news>', buttonLabel: 'Sign up' } }));
    expect(html).toBe(
      '<section class="newsletter" aria-label="Newsletter"><h2>Subscribe to our newsletter</h2><p>Daily &lt;news&gt;</p><button type="button" class="newsletter-button" disabled>Sign up</button></section>',
    );
    expect(html).not.toContain('<form');
  });

  it('tolerates empty text nodes, which the story schema allows and ProseMirror does not', () => {
    expect(renderBodyHtml(doc({ type: 'paragraph', content: [{ type: 'text', text: '' }] }, { type: 'paragraph' }))).toBe('<p></p><p></p>');
  });
});
