import { describe, expect, it } from 'vitest';
import type { BodyDoc } from '@shared/story/bodySchema.ts';
import { previewBodyHtml } from './previewBodyHtml.ts';

const ASSET = `${'a'.repeat(64)}.jpg`;

describe('previewBodyHtml', () => {
  it('renders text, headings and lists as the export does', () => {
    const body: BodyDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Talks resume' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Ministers met ' }, { type: 'text', text: 'today', marks: [{ type: 'bold' }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One point' }] }] }] },
      ],
    };
    const html = previewBodyHtml(body);
    expect(html).toContain('<h2>Talks resume</h2>');
    expect(html).toContain('<strong>today</strong>');
    expect(html).toContain('<li><p>One point</p></li>');
  });

  it('shows pictures from the library and keeps their captions; links lead nowhere', () => {
    const body: BodyDoc = {
      type: 'doc',
      content: [
        { type: 'figure', attrs: { assetId: ASSET, caption: 'Ministers in Brussels', credit: 'EPA/OLIVIER HOSLET', alt: 'Ministers at a table' } },
        { type: 'paragraph', content: [{ type: 'text', text: 'statement', marks: [{ type: 'link', attrs: { href: 'https://example.com/' } }] }] },
      ],
    };
    const html = previewBodyHtml(body);
    expect(html).toContain(`src="/thumb/${ASSET}"`);
    expect(html).toContain('alt="Ministers at a table"');
    expect(html).toContain('Ministers in Brussels');
    expect(html).toContain('EPA/OLIVIER HOSLET');
    expect(html).not.toContain('href=');
    expect(html).toMatch(/<a[^>]*>statement<\/a>/);
  });

  it('never lets markup in the text through', () => {
    const body: BodyDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '<img src=x onerror=alert(1)><script>alert(2)</script>' }] }] };
    const html = previewBodyHtml(body);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
  });
});
