import { createHash, randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exifrApi } from './exifrApi.ts';
import { readPhotoMetadata } from './readPhotoMetadata.ts';
import { renderRenditions } from './renderRenditions.ts';

const FIELDS = {
  caption: '<script>alert("x")</script> Participants sit in front of the Nato logo & «banners»',
  creditLine: 'EPA/MAURIZIO GAMBARINI',
  creator: 'Maurizio Gambarini',
  copyright: '© EPA 2014',
  altText: 'Rows of delegates facing a large NATO emblem',
};

/** A camera-like JPEG, stored sideways (orientation 6), carrying GPS and a body serial number. */
async function cameraJpeg(width: number, height: number): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .withExif({
      IFD0: { Make: 'Canon', Model: 'EOS R5', Copyright: 'Camera owner' },
      IFD2: { DateTimeOriginal: '2014:09:04 10:11:12', BodySerialNumber: 'SN-4711-SECRET' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 35/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '2/1 59/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 90 })
    .toBuffer();
}

describe('renderRenditions', () => {
  it('renders WebP and JPEG at each width, upright, sRGB, without GPS or serial, with the credit written in', async () => {
    const input = await cameraJpeg(2000, 1200);
    // Make sure the input really carries what must be stripped.
    const before = (await exifrApi.parse(input, { gps: true, exif: true, tiff: true, mergeOutput: false })) as Record<string, Record<string, unknown>>;
    expect(before.gps?.GPSLatitudeRef).toBe('N');
    expect(before.exif?.SerialNumber ?? before.exif?.BodySerialNumber).toBe('SN-4711-SECRET');

    const sha = createHash('sha256').update(input).digest('hex');
    const renditions = await renderRenditions(input, { metadata: FIELDS });
    // Displayed 1200×2000, so 1600 would be an upscale: the original width replaces it.
    expect(renditions.map((r) => [r.fileName, r.width, r.height, r.format])).toEqual([
      [`${sha}-480.webp`, 480, 800, 'webp'],
      [`${sha}-480.jpg`, 480, 800, 'jpeg'],
      [`${sha}-960.webp`, 960, 1600, 'webp'],
      [`${sha}-960.jpg`, 960, 1600, 'jpeg'],
      [`${sha}-1200.webp`, 1200, 2000, 'webp'],
      [`${sha}-1200.jpg`, 1200, 2000, 'jpeg'],
    ]);

    for (const rendition of renditions) {
      const meta = await sharp(rendition.bytes).metadata();
      expect(meta).toMatchObject({ format: rendition.format, width: rendition.width, height: rendition.height, space: 'srgb' });
      expect(meta.orientation).toBeUndefined();
      expect(meta.exif).toBeUndefined();
      expect(meta.icc?.length).toBeGreaterThan(0);
      expect(rendition.bytes.includes('SN-4711')).toBe(false);
      expect(rendition.bytes.includes('EOS R5')).toBe(false);
      if (rendition.format === 'jpeg') {
        // exifr reads JPEG (not WebP): no EXIF, GPS or serial block is left at all.
        expect(await exifrApi.parse(rendition.bytes, { gps: true, exif: true, tiff: true, xmp: false, icc: false })).toBeUndefined();
      }

      const back = await readPhotoMetadata(rendition.bytes);
      expect(back).toMatchObject({ ...FIELDS, width: rendition.width, height: rendition.height, dateCreated: null });
      // The markup travels as escaped text inside the XMP, never as a tag.
      expect(rendition.bytes.includes('<script>')).toBe(false);
    }
  });

  it('converts a CMYK picture to sRGB and flattens transparency for JPEG only', async () => {
    const cmyk = await sharp(randomBytes(800 * 600 * 3), { raw: { width: 800, height: 600, channels: 3 } }).toColourspace('cmyk').jpeg().toBuffer();
    const fromCmyk = await renderRenditions(cmyk, { metadata: {}, widths: [480] });
    for (const r of fromCmyk) expect(await sharp(r.bytes).metadata()).toMatchObject({ space: 'srgb', channels: 3, width: 480 });

    const transparent = await sharp({ create: { width: 600, height: 400, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const [webp, jpeg] = await renderRenditions(transparent, { metadata: {}, widths: [480] });
    expect((await sharp(webp?.bytes).metadata()).hasAlpha).toBe(true);
    const { data } = await sharp(jpeg?.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(245); // white, not black
  });

  it('makes one size for a picture narrower than the smallest width', async () => {
    const small = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#abc' } }).jpeg().toBuffer();
    const renditions = await renderRenditions(small, { metadata: { caption: 'Small' }, sha: 'a'.repeat(64) });
    expect(renditions.map((r) => r.fileName)).toEqual([`${'a'.repeat(64)}-300.webp`, `${'a'.repeat(64)}-300.jpg`]);
  });

  it('refuses a file name base that is not a SHA-256', async () => {
    const small = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#abc' } }).jpeg().toBuffer();
    await expect(renderRenditions(small, { metadata: {}, sha: '../../etc/passwd' })).rejects.toMatchObject({ code: 'bad-input' });
  });
});
