import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/apiError.ts';
import { readPhotoMetadata } from './readPhotoMetadata.ts';

const REFERENCE = new URL('../../../tests/fixtures/iptc/IPTC-PhotometadataRef-Std2017.1.jpg', import.meta.url);

function plainJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#35a' } }).jpeg().toBuffer();
}

/** Puts an APP13 "Photoshop 3.0" block with the given IIM datasets right after the JPEG's SOI marker. */
function withIim(jpeg: Buffer, datasets: [record: number, tag: number, value: Buffer][]): Buffer {
  const iim = Buffer.concat(datasets.map(([record, tag, value]) => Buffer.concat([Buffer.from([0x1c, record, tag, value.length >> 8, value.length & 0xff]), value])));
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iim.length);
  const resource = Buffer.concat([Buffer.from('8BIM\u0004\u0004\u0000\u0000', 'latin1'), size, iim, Buffer.alloc(iim.length % 2)]);
  const payload = Buffer.concat([Buffer.from('Photoshop 3.0\u0000', 'latin1'), resource]);
  const header = Buffer.from([0xff, 0xed, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}

const NO_TEXT = {
  caption: null,
  creditLine: null,
  creator: null,
  source: null,
  copyright: null,
  usageTerms: null,
  headline: null,
  dateCreated: null,
  altText: null,
};

describe('readPhotoMetadata', () => {
  it('reads every field of the IPTC reference image (Std 2017.1)', async () => {
    const bytes = await readFile(REFERENCE);
    expect(await readPhotoMetadata(bytes)).toEqual({
      caption: 'The description aka caption (ref2017.1)',
      creditLine: 'Credit Line (ref2017.1)',
      creator: 'Creator1 (ref2017.1), Creator2 (ref2017.1)',
      source: 'Source (ref2017.1)',
      copyright: 'Copyright (Notice) 2017.1 IPTC - www.iptc.org  (ref2017.1)',
      usageTerms: 'Rights Usage Termns (ref2017.1)',
      headline: 'The Headline (ref2017.1)',
      dateCreated: '2017-07-13T17:01:00+00:00',
      // Alt Text (Accessibility) arrived in IPTC 2021.1; the 2017.1 reference has none.
      altText: null,
      width: 1000,
      height: 500,
      format: 'jpeg',
      warnings: [],
    });
    expect(bytes.includes('AltTextAccessibility')).toBe(false);
  });

  it('gives null for every field of a JPEG without metadata', async () => {
    expect(await readPhotoMetadata(await plainJpeg())).toEqual({ ...NO_TEXT, width: 64, height: 48, format: 'jpeg', warnings: [] });
  });

  it('takes the date from EXIF DateTimeOriginal when the file has only EXIF', async () => {
    const withOffset = await sharp(await plainJpeg())
      .withExif({ IFD0: { Make: 'Canon' }, IFD2: { DateTimeOriginal: '2021:03:04 05:06:07', OffsetTimeOriginal: '+02:00' } })
      .jpeg()
      .toBuffer();
    expect(await readPhotoMetadata(withOffset)).toEqual({ ...NO_TEXT, dateCreated: '2021-03-04T05:06:07+02:00', width: 64, height: 48, format: 'jpeg', warnings: [] });
    const local = await sharp(await plainJpeg()).withExif({ IFD2: { DateTimeOriginal: '2014:09:04 10:11:12' } }).jpeg().toBuffer();
    expect((await readPhotoMetadata(local)).dateCreated).toBe('2014-09-04T10:11:12');
  });

  it('reads UTF-8 XMP: accents, Cyrillic, Arabic, language alternatives, lists, attributes, entities', async () => {
    const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
 <rdf:Description rdf:about="" xmlns:d="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
   xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/" xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
   photoshop:Credit="EPA &amp; Co" photoshop:Source="EPA" photoshop:DateCreated="2014-09-04">
  <d:description><rdf:Alt><rdf:li xml:lang="ru">Участники саммита НАТО</rdf:li><rdf:li xml:lang="x-default">Café crème à Noël &lt;b&gt;</rdf:li></rdf:Alt></d:description>
  <d:creator><rdf:Seq><rdf:li>Maurizio Gambarini</rdf:li><rdf:li>Ана Петровић</rdf:li></rdf:Seq></d:creator>
  <d:rights><rdf:Alt><rdf:li xml:lang="ar">© وكالة الأنباء</rdf:li></rdf:Alt></d:rights>
  <xmpRights:UsageTerms><rdf:Alt><rdf:li xml:lang="x-default">Editorial use only</rdf:li></rdf:Alt></xmpRights:UsageTerms>
  <photoshop:Headline>قمة الناتو في نيوبورت</photoshop:Headline>
  <Iptc4xmpCore:AltTextAccessibility><rdf:Alt><rdf:li xml:lang="x-default">Delegates seated before a blue NATO emblem</rdf:li></rdf:Alt></Iptc4xmpCore:AltTextAccessibility>
 </rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
    const bytes = await sharp(await plainJpeg()).withXmp(xmp).jpeg().toBuffer();
    expect(await readPhotoMetadata(bytes)).toEqual({
      caption: 'Café crème à Noël <b>',
      creditLine: 'EPA & Co',
      creator: 'Maurizio Gambarini, Ана Петровић',
      source: 'EPA',
      copyright: '© وكالة الأنباء',
      usageTerms: 'Editorial use only',
      headline: 'قمة الناتو في نيوبورت',
      dateCreated: '2014-09-04',
      altText: 'Delegates seated before a blue NATO emblem',
      width: 64,
      height: 48,
      format: 'jpeg',
      warnings: [],
    });
  });

  it('reads UTF-8 IPTC-IIM text, with or without the 1:90 UTF-8 marker, and legacy Latin-1', async () => {
    const utf8 = (text: string) => Buffer.from(text, 'utf8');
    const fields: [number, number, Buffer][] = [
      [2, 120, utf8('Délégués à Newport — Участники — المشاركون')],
      [2, 110, utf8('EPA/MAURIZIO GAMBARINI')],
      [2, 80, utf8('Mauricio Gambariní')],
      [2, 80, utf8('Сергей Иванов')],
      [2, 115, utf8('EPA')],
      [2, 116, utf8('© EPA 2014')],
      [2, 105, utf8('قمة الناتو')],
      [2, 55, utf8('20140904')],
      [2, 60, utf8('101112+0100')],
    ];
    const expected = {
      caption: 'Délégués à Newport — Участники — المشاركون',
      creditLine: 'EPA/MAURIZIO GAMBARINI',
      creator: 'Mauricio Gambariní, Сергей Иванов',
      source: 'EPA',
      copyright: '© EPA 2014',
      usageTerms: null,
      headline: 'قمة الناتو',
      dateCreated: '2014-09-04T10:11:12+01:00',
      altText: null,
    };
    const marked = withIim(await plainJpeg(), [[1, 90, Buffer.from([0x1b, 0x25, 0x47])], ...fields]);
    expect(await readPhotoMetadata(marked)).toMatchObject(expected);
    const unmarked = withIim(await plainJpeg(), fields);
    expect(await readPhotoMetadata(unmarked)).toMatchObject(expected);
    const latin1 = withIim(await plainJpeg(), [[2, 120, Buffer.from('Caf\u00e9 cr\u00e8me', 'latin1')]]);
    expect((await readPhotoMetadata(latin1)).caption).toBe('Café crème');
  });

  it('prefers XMP over IIM when both are present', async () => {
    const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt><rdf:li xml:lang="x-default">From XMP</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>`;
    const bytes = withIim(await sharp(await plainJpeg()).withXmp(xmp).jpeg().toBuffer(), [
      [2, 120, Buffer.from('From IIM')],
      [2, 110, Buffer.from('IIM credit')],
    ]);
    expect(await readPhotoMetadata(bytes)).toMatchObject({ caption: 'From XMP', creditLine: 'IIM credit' });
  });

  it('returns script-like metadata as plain text, never interpreted', async () => {
    const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt><rdf:li xml:lang="x-default">&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert("x")&lt;/script&gt;</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>`;
    const bytes = await sharp(await plainJpeg()).withXmp(xmp).jpeg().toBuffer();
    expect((await readPhotoMetadata(bytes)).caption).toBe('<img src=x onerror=alert(1)><script>alert("x")</script>');
  });

  it('reads XMP from PNG and WebP too, with the displayed size after EXIF orientation', async () => {
    const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="Reuters"/></rdf:RDF></x:xmpmeta>`;
    const png = await sharp(await plainJpeg()).withXmp(xmp).png().toBuffer();
    expect(await readPhotoMetadata(png)).toMatchObject({ creditLine: 'Reuters', format: 'png', width: 64, height: 48 });
    const webp = await sharp(await plainJpeg()).withXmp(xmp).withMetadata({ orientation: 6 }).webp().toBuffer();
    expect(await readPhotoMetadata(webp)).toMatchObject({ creditLine: 'Reuters', format: 'webp', width: 48, height: 64 });
  });

  it('refuses what is not a picture', async () => {
    await expect(readPhotoMetadata(new Uint8Array(0), 'empty.jpg')).rejects.toThrow(ApiError);
    await expect(readPhotoMetadata(Buffer.from('hello, world\n'), 'notes.jpg')).rejects.toMatchObject({ code: 'unsupported-media' });
  });
});
