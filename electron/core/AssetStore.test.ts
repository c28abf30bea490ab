import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
    expect(await readdir(store.dir)).toEqual([a.assetId]);
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
    expect(error.message).toBe('cut.jpg is damaged or incomplete and cannot be shown.');
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
