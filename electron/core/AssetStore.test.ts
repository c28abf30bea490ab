import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBombPng } from './testing/makeBombPng.ts';
import { ApiError } from '@shared/api/apiError.ts';
import { AssetStore } from './AssetStore.ts';

let root: string;
let store: AssetStore;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'nd-'));
  store = new AssetStore(path.join(root, 'assets'));
  await mkdir(store.dir);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A photo-like picture (noise, so the JPEG has real entropy-coded data to truncate). */
function photo(width = 320, height = 200) {
  return sharp({ create: { width, height, channels: 3, background: { r: 0, g: 0, b: 0 }, noise: { type: 'gaussian', mean: 128, sigma: 40 } } });
}

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('AssetStore.put', () => {
  it('stores a JPEG under its SHA-256 with size and type', async () => {
    const bytes = await photo().jpeg().toBuffer();
    const info = await store.put(bytes, 'gambarini.jpg');
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(info).toMatchObject({ assetId: `${sha}.jpg`, mime: 'image/jpeg', byteLength: bytes.length, width: 320, height: 200 });
    expect(await readFile(path.join(store.dir, `${sha}.jpg`))).toEqual(bytes);
    expect(await store.has(info.assetId)).toBe(true);
    expect(await store.read(info.assetId)).toEqual(bytes);
  });

  it('judges the type by the bytes, not the name', async () => {
    const png = await photo(40, 30).png().toBuffer();
    const info = await store.put(png, 'holiday.jpg');
    expect(info.assetId.endsWith('.png')).toBe(true);
    expect(info.mime).toBe('image/png');
    const webp = await store.put(await photo(40, 30).webp().toBuffer(), 'x.png');
    expect(webp.mime).toBe('image/webp');
  });

  it('stores identical bytes once', async () => {
    const bytes = await photo().jpeg().toBuffer();
    const a = await store.put(bytes, 'a.jpg');
    const b = await store.put(new Uint8Array(bytes), 'copy of a.jpg');
    expect(b.assetId).toBe(a.assetId);
    expect(await readdir(store.dir)).toEqual([a.assetId, 'meta', 'thumbs'].sort());
    expect(await readdir(path.join(store.dir, 'thumbs'))).toEqual([`${a.assetId.slice(0, 64)}.webp`]);
    expect(await readdir(path.join(store.dir, 'meta'))).toEqual([`${a.assetId}.json`]);
  });

  it('refuses a text file renamed .jpg, naming the file and what it looks like, and stores nothing', async () => {
    const error = await refusal(store.put(new TextEncoder().encode('Interview notes: Stoltenberg, Brussels.'), 'notes.jpg'));
    expect(error.code).toBe('unsupported-media');
    expect(error.message).toBe('notes.jpg is not a JPEG, PNG or WebP picture (it looks like plain text).');
    expect(await readdir(store.dir)).toEqual([]);
  });

  it('refuses a zero-byte file and stores nothing', async () => {
    const error = await refusal(store.put(new Uint8Array(0), 'empty.jpg'));
    expect(error.code).toBe('unsupported-media');
    expect(error.message).toContain('empty.jpg is empty');
    expect(await readdir(store.dir)).toEqual([]);
  });

  it('refuses a truncated JPEG whose header is intact, and stores nothing', async () => {
    const bytes = await photo().jpeg().toBuffer();
    const truncated = bytes.subarray(0, Math.floor(bytes.length * 0.6));
    // The header alone still reads fine; only decoding finds the damage.
    expect((await sharp(truncated).metadata()).width).toBe(320);
    const error = await refusal(store.put(truncated, 'cut.jpg'));
    expect(error.code).toBe('unsupported-media');
    expect(error.message).toBe('cut.jpg is damaged or incomplete (the picture data ends early or is corrupt), so it cannot be used.');
    expect(await readdir(store.dir)).toEqual([]);
  });

  it('refuses a GIF with a message that says so', async () => {
    const gif = await photo(20, 20).gif().toBuffer();
    const error = await refusal(store.put(gif, '/home/ana/Pictures/anim.gif'));
    expect(error.message).toBe('anim.gif is not a JPEG, PNG or WebP picture (it looks like a GIF picture).');
  });

  it('replaces a torn copy of the same picture', async () => {
    const bytes = await photo().jpeg().toBuffer();
    const sha = createHash('sha256').update(bytes).digest('hex');
    await writeFile(path.join(store.dir, `${sha}.jpg`), bytes.subarray(0, 10));
    await store.put(bytes, 'a.jpg');
    expect(await readFile(path.join(store.dir, `${sha}.jpg`))).toEqual(bytes);
  });
});

const REFERENCE = path.resolve(import.meta.dirname, '../../tests/fixtures/iptc/IPTC-PhotometadataRef-Std2017.1.jpg');


/** Everything under the assets folder (thumbs/ and meta/ included), as relative paths. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(store.dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(store.dir, path.join(e.parentPath, e.name))).sort();
}

describe('AssetStore metadata and thumbnails', () => {
  it('imports the IPTC reference image with its metadata, a WebP thumbnail and a sidecar', async () => {
    const bytes = await readFile(REFERENCE);
    const info = await store.put(bytes, 'IPTC-PhotometadataRef-Std2017.1.jpg');
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(info.assetId).toBe(`${sha}.jpg`);
    expect(info.metadata).toMatchObject({
      caption: 'The description aka caption (ref2017.1)',
      creditLine: 'Credit Line (ref2017.1)',
      creator: 'Creator1 (ref2017.1), Creator2 (ref2017.1)',
      copyright: 'Copyright (Notice) 2017.1 IPTC - www.iptc.org  (ref2017.1)',
      format: 'jpeg',
    });
    expect(info.metadata?.width).toBe(info.width);
    expect(await storedFiles()).toEqual([`${sha}.jpg`, `meta/${sha}.jpg.json`, `thumbs/${sha}.webp`]);
    const thumb = await sharp(await readFile(path.join(store.dir, 'thumbs', `${sha}.webp`))).metadata();
    expect(thumb.format).toBe('webp');
    expect(thumb.width).toBeLessThanOrEqual(320);
    // info() answers from the sidecar, with the same metadata.
    expect(await store.info(info.assetId)).toEqual(info);
  });

  it('refuses a decompression bomb within 5 s and stores nothing', async () => {
    const start = performance.now();
    const error = await refusal(store.put(makeBombPng(30000, 30000), 'bomb.png'));
    expect(performance.now() - start).toBeLessThan(5000);
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('bomb.png claims 30000×30000 pixels');
    expect(await storedFiles()).toEqual([]);
  });

  it('refuses a truncated JPEG within 5 s and stores nothing in assets, thumbs or meta', async () => {
    const bytes = await photo(2000, 1500).jpeg({ quality: 90 }).toBuffer();
    const start = performance.now();
    const error = await refusal(store.put(bytes.subarray(0, Math.floor(bytes.length / 2)), 'half.jpg'));
    expect(performance.now() - start).toBeLessThan(5000);
    expect(error.code).toBe('unsupported-media');
    expect(error.message).toContain('half.jpg is damaged or incomplete');
    expect(await storedFiles()).toEqual([]);
  });

  it('makes the sidecar and thumbnail of a picture added before they existed, when first asked', async () => {
    const bytes = await photo(800, 600).jpeg().toBuffer();
    const sha = createHash('sha256').update(bytes).digest('hex');
    await writeFile(path.join(store.dir, `${sha}.jpg`), bytes);
    const info = await store.info(`${sha}.jpg`);
    expect(info).toMatchObject({ assetId: `${sha}.jpg`, mime: 'image/jpeg', byteLength: bytes.length, width: 800, height: 600 });
    expect(info.metadata).toMatchObject({ width: 800, height: 600, format: 'jpeg', caption: null });
    expect(await storedFiles()).toEqual([`${sha}.jpg`, `meta/${sha}.jpg.json`, `thumbs/${sha}.webp`]);

    await rm(path.join(store.dir, 'thumbs'), { recursive: true });
    expect(await store.thumbnailPath(`${sha}.jpg`)).toBe(path.join(store.dir, 'thumbs', `${sha}.webp`));
    expect((await sharp(await readFile(path.join(store.dir, 'thumbs', `${sha}.webp`))).metadata()).width).toBe(320);
  });

  it('re-reads a damaged sidecar instead of trusting it', async () => {
    const info = await store.put(await photo().jpeg().toBuffer(), 'a.jpg');
    await writeFile(store.metaPathOf(info.assetId), '{"format":"newsdesk-asset-meta","version":1,"metadata":{"caption":1}}');
    expect(await store.info(info.assetId)).toEqual(info);
  });

  it('reports a picture that is not in the library as not-found', async () => {
    await expect(store.info(`${'c'.repeat(64)}.jpg`)).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.thumbnailPath(`${'c'.repeat(64)}.jpg`)).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.thumbnailPath('../x.jpg')).rejects.toMatchObject({ code: 'bad-input' });
  });
});

describe('AssetStore ids', () => {
  it('never lets an id reach outside the assets folder', async () => {
    for (const bad of ['../settings.json', `../${'a'.repeat(64)}.jpg`, `${'a'.repeat(64)}.jpg/../../x`, `${'A'.repeat(64)}.jpg`, `${'a'.repeat(64)}.gif`, '']) {
      expect(() => store.pathOf(bad)).toThrow(ApiError);
      expect(await store.has(bad)).toBe(false);
      await expect(store.read(bad)).rejects.toMatchObject({ code: 'bad-input' });
    }
    expect(store.pathOf(`${'a'.repeat(64)}.webp`)).toBe(path.join(store.dir, `${'a'.repeat(64)}.webp`));
  });

  it('reports a missing picture as not-found', async () => {
    const id = `${'b'.repeat(64)}.png`;
    expect(await store.has(id)).toBe(false);
    await expect(store.read(id)).rejects.toMatchObject({ code: 'not-found' });
  });
});
