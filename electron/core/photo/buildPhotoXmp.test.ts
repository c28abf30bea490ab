import { exifrApi as exifr } from './exifrApi.ts';
import { describe, expect, it } from 'vitest';
import { buildPhotoXmp } from './buildPhotoXmp.ts';

describe('buildPhotoXmp', () => {
  it('escapes every value, so markup in a caption stays text', () => {
    const xmp = buildPhotoXmp({ caption: `<script>alert("x")</script> & 'quotes'`, creditLine: 'A&B <Photo>' });
    expect(xmp).not.toContain('<script>');
    expect(xmp).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos;');
    expect(xmp).toContain('<photoshop:Credit>A&amp;B &lt;Photo&gt;</photoshop:Credit>');
  });

  it('leaves out empty fields and drops characters XML cannot carry', () => {
    const xmp = buildPhotoXmp({ caption: 'Bell\u0007 ring', creditLine: '  ', creator: null, altText: 'Broken \ud800 pair' });
    expect(xmp).toContain('Bell ring');
    expect(xmp).toContain('Broken  pair');
    expect(xmp).not.toContain('photoshop:Credit>');
    expect(xmp).not.toContain('<dc:creator>');
    expect(xmp).not.toContain('<dc:rights>');
  });

  it('is a packet exifr parses into the IPTC properties', async () => {
    const xmp = buildPhotoXmp({ caption: 'Caption é', creditLine: 'EPA/MAURIZIO GAMBARINI', creator: 'Maurizio Gambarini', copyright: '© EPA', altText: 'Alt' });
    const parsed = (await exifr.sidecar(Buffer.from(xmp), {}, 'xmp')) as Record<string, Record<string, unknown>>;
    expect(parsed.dc?.description).toEqual({ lang: 'x-default', value: 'Caption é' });
    expect(parsed.dc?.creator).toBe('Maurizio Gambarini');
    expect(parsed.dc?.rights).toEqual({ lang: 'x-default', value: '© EPA' });
    expect(parsed.photoshop?.Credit).toBe('EPA/MAURIZIO GAMBARINI');
    expect(parsed.Iptc4xmpCore?.AltTextAccessibility).toEqual({ lang: 'x-default', value: 'Alt' });
  });
});
