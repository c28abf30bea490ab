import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBombPng } from '../testing/makeBombPng.ts';
import { ApiError } from '@shared/api/apiError.ts';
import { makeThumbnail } from './makeThumbnail.ts';
import { openImage, UNTRUSTED_INPUT_OPTIONS } from './openImage.ts';
import { readPhotoMetadata } from './readPhotoMetadata.ts';
import { renderRenditions } from './renderRenditions.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'nd-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What importing a picture does: read its metadata and make its thumbnail. */
async function importPicture(file: string): Promise<void> {
  const bytes = await readFile(file);
  await readPhotoMetadata(bytes, path.basename(file));
  await makeThumbnail(bytes, { name: path.basename(file) });
}

/** Expects a refusal with a clear ApiError, well within 5 seconds. */
async function refusal(work: Promise<unknown>): Promise<ApiError> {
  const start = performance.now();
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(performance.now() - start).toBeLessThan(5000);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}


async function noiseJpeg(width: number, height: number): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
}

describe('hostile pictures', () => {
  it('refuses a truncated JPEG whose header is intact', async () => {
    const whole = await noiseJpeg(640, 480);
    const file = path.join(dir, 'cut.jpg');
    await writeFile(file, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const error = await refusal(importPicture(file));
    expect(error.code).toBe('unsupported-media');
    expect(error.message).toBe('cut.jpg is damaged or incomplete (the picture data ends early or is corrupt), so it cannot be used.');
    await expect(renderRenditions(await readFile(file), { metadata: {} })).rejects.toMatchObject({ code: 'unsupported-media' });
  });

  it('refuses a zero-byte file', async () => {
    const file = path.join(dir, 'empty.jpg');
    await writeFile(file, '');
    const error = await refusal(importPicture(file));
    expect(error).toMatchObject({ code: 'unsupported-media', message: 'empty.jpg is empty (0 bytes), so it is not a picture.' });
  });

  it('refuses a text file with a picture name', async () => {
    const file = path.join(dir, 'photo.jpg');
    await writeFile(file, 'Caption: Participants sit in front of the Nato logo.\nCredit: EPA\n');
    const error = await refusal(importPicture(file));
    expect(error).toMatchObject({ code: 'unsupported-media', message: 'photo.jpg is not a JPEG, PNG or WebP picture (it looks like plain text).' });
  });

  it('refuses a decompression bomb from its header, before decoding', async () => {
    const bytes = makeBombPng(30000, 30000);
    expect(bytes.length).toBeLessThan(2048);
    const file = path.join(dir, 'bomb.png');
    await writeFile(file, bytes);
    const error = await refusal(importPicture(file));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('bomb.png claims 30000×30000 pixels (900 megapixels)');
    // The pipeline options refuse it too, should anything bypass openImage's own check.
    await expect(sharp(bytes, UNTRUSTED_INPUT_OPTIONS).resize(10).toBuffer()).rejects.toThrow(/pixel limit/);
  });

  it('accepts a picture right at the limit (10000×10000), judged from the header', async () => {
    const image = await openImage(makeBombPng(10000, 10000), 'big.png');
    expect(image).toMatchObject({ width: 10000, height: 10000, format: 'png' });
  });

  it('refuses GIF, TIFF and SVG by their bytes, and libvips will not load them even if asked directly', async () => {
    const base = sharp({ create: { width: 8, height: 8, channels: 3, background: '#123' } });
    const gif = await base.clone().gif().toBuffer();
    const tiff = await base.clone().tiff().toBuffer();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><script>alert(1)</script></svg>');
    expect((await refusal(openImage(gif, 'a.gif'))).message).toBe('a.gif is not a JPEG, PNG or WebP picture (it looks like a GIF picture).');
    expect((await refusal(openImage(tiff, 'a.tif'))).message).toContain('a TIFF picture');
    expect((await refusal(openImage(svg, 'a.svg'))).message).toContain('an SVG drawing');
    for (const bytes of [gif, tiff, svg]) await expect(sharp(bytes).metadata()).rejects.toThrow(/unsupported image format/);
    // The three allowed loaders still work.
    for (const format of ['jpeg', 'png', 'webp'] as const) {
      const bytes = await base.clone().toFormat(format).toBuffer();
      expect((await openImage(bytes)).format).toBe(format);
    }
  });

  it('refuses a PNG whose pixel data is corrupt', async () => {
    const png = await sharp(randomBytes(64 * 64 * 3), { raw: { width: 64, height: 64, channels: 3 } }).png().toBuffer();
    const idat = png.indexOf('IDAT');
    png[idat + 40] = (png[idat + 40] ?? 0) ^ 0xff; // now the CRC no longer matches
    const error = await refusal(makeThumbnail(png, { name: 'bad.png' }));
    expect(error.code).toBe('unsupported-media');
  });
});
