import { randomBytes } from 'node:crypto';
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { makeThumbnail } from './makeThumbnail.ts';

function noise(width: number, height: number, channels: 3 | 4 = 3): Sharp {
  return sharp(randomBytes(width * height * channels), { raw: { width, height, channels } });
}

describe('makeThumbnail', () => {
  it('makes a 320 px wide WebP with the EXIF orientation applied', async () => {
    const input = await noise(1200, 800).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const thumb = await makeThumbnail(input);
    expect(thumb).toMatchObject({ width: 320, height: 480, format: 'webp' });
    const meta = await sharp(thumb.bytes).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 320, height: 480, space: 'srgb' });
    expect(meta.orientation).toBeUndefined();
    expect(meta.exif).toBeUndefined();
  });

  it('never enlarges a small picture', async () => {
    const thumb = await makeThumbnail(await noise(200, 100).png().toBuffer());
    expect(thumb).toMatchObject({ width: 200, height: 100 });
  });

  it('converts CMYK to sRGB and honours a custom width', async () => {
    const cmyk = await noise(600, 400).toColourspace('cmyk').jpeg().toBuffer();
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk');
    const thumb = await makeThumbnail(cmyk, { width: 150 });
    expect(await sharp(thumb.bytes).metadata()).toMatchObject({ width: 150, height: 100, space: 'srgb', channels: 3 });
  });
});
