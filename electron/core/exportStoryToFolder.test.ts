import { existsSync } from 'node:fs';
import { emptyPicture } from '@shared/story/emptyPicture.ts';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/apiError.ts';
import { parseStoryExport } from '@shared/export/parseStoryExport.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { makeFolderReadOnly } from './testing/makeFolderReadOnly.ts';
import { exportStoryToFolder } from './exportStoryToFolder.ts';
import { readPhotoMetadata } from './photo/readPhotoMetadata.ts';

const seedPath = path.resolve(import.meta.dirname, '../../tests/fixtures/seed-article/seed-article.json');

let tmp: string;
let seed: Story;
let pictures: Map<string, Uint8Array>;

async function picture(color: { r: number; g: number; b: number }): Promise<[string, Uint8Array]> {
  const bytes = await sharp({ create: { width: 40, height: 30, channels: 3, background: color } }).png().toBuffer();
  return [`${createHash('sha256').update(bytes).digest('hex')}.png`, new Uint8Array(bytes)];
}

function readAsset(assetId: string): Promise<Uint8Array> {
  const bytes = pictures.get(assetId);
  return bytes ? Promise.resolve(bytes) : Promise.reject(new ApiError('not-found', `no picture ${assetId}`));
}

async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'nd-'));
  const [heroId, heroBytes] = await picture({ r: 20, g: 60, b: 120 });
  const [bodyId, bodyBytes] = await picture({ r: 200, g: 90, b: 10 });
  const [railId, railBytes] = await picture({ r: 10, g: 160, b: 60 });
  pictures = new Map([
    [heroId, heroBytes],
    [bodyId, bodyBytes],
    [railId, railBytes],
  ]);
  const base = parseStoryExport(await readFile(seedPath, 'utf8')).story;
  const rails = structuredClone(base.rails);
  const firstItem = rails[0]?.items[0];
  if (firstItem) firstItem.picture = { ...emptyPicture(), assetId: railId, caption: '', credit: '', alt: 'thumb' };
  seed = {
    ...base,
    deskNotes: 'DESK-NOTE-51e: embargo until noon',
    hero: { ...base.hero, assetId: heroId },
    body: { ...base.body, content: [...base.body.content, { type: 'figure', attrs: { assetId: bodyId, caption: 'Body pic', credit: 'AP', alt: 'x' } }] },
    rails,
  };
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('exportStoryToFolder', () => {
  it('writes the page with renditions, the JSON with the originals, into a new folder', async () => {
    const outDir = path.join(tmp, 'exports', 'nato');
    const result = await exportStoryToFolder({ story: seed, outDir, formats: ['html', 'json'], readAsset });
    const ids = [...pictures.keys()];
    // The 40 px test pictures are never upscaled: one rendition each, at their own width, in WebP and JPEG.
    const renditions = ids.flatMap((id) => [`images/${id.slice(0, 64)}-40.webp`, `images/${id.slice(0, 64)}-40.jpg`]);
    const expected = [...ids.map((id) => `images/${id}`), ...renditions, `${seed.slug}.html`, `${seed.slug}.json`].sort();
    expect(result.outDir).toBe(outDir);
    expect(await listTree(outDir)).toEqual(['images', ...expected].sort());
    expect(result.files.map((f) => path.relative(outDir, f)).sort()).toEqual(expected);
    for (const [id, bytes] of pictures) expect(new Uint8Array(await readFile(path.join(outDir, 'images', id)))).toEqual(bytes);

    const html = await readFile(path.join(outDir, `${seed.slug}.html`), 'utf8');
    for (const id of ids) {
      const sha = id.slice(0, 64);
      expect(html).toContain(`<source type="image/webp" srcset="images/${sha}-40.webp 40w" sizes="(min-width: 48rem) 46rem, 100vw">`);
      expect(html).toContain(`<img src="images/${sha}-40.jpg" srcset="images/${sha}-40.jpg 40w" sizes="(min-width: 48rem) 46rem, 100vw" width="40" height="30"`);
      expect(html).not.toContain(`images/${id}`);
    }
    const json = await readFile(path.join(outDir, `${seed.slug}.json`), 'utf8');
    expect(parseStoryExport(json).story).toEqual({ ...seed, deskNotes: '' });
  });

  it('never writes desk notes into any exported file', async () => {
    const outDir = path.join(tmp, 'out');
    await exportStoryToFolder({ story: seed, outDir, formats: ['html', 'json'], readAsset });
    for (const name of await listTree(outDir)) {
      if (name === 'images') continue;
      expect((await readFile(path.join(outDir, name))).toString('latin1')).not.toContain('DESK-NOTE-51e');
    }
  });

  it('writes only the chosen format, named after the id when there is no slug', async () => {
    const outDir = path.join(tmp, 'only-json');
    const minimal: Story = { ...seed, slug: '', hero: { ...emptyPicture(), assetId: null, caption: '', credit: '', alt: '' }, body: { type: 'doc', content: [] }, rails: [] };
    const result = await exportStoryToFolder({ story: minimal, outDir, formats: ['json'], readAsset });
    expect(await listTree(outDir)).toEqual([`${seed.id}.json`]);
    expect(result.files).toEqual([path.join(outDir, `${seed.id}.json`)]);
  });

  it('replaces an earlier export in place and leaves other files alone', async () => {
    const outDir = path.join(tmp, 'again');
    await mkdir(outDir);
    await writeFile(path.join(outDir, 'notes.txt'), 'mine');
    await exportStoryToFolder({ story: { ...seed, headline: 'First version' }, outDir, formats: ['html', 'json'], readAsset });
    await exportStoryToFolder({ story: seed, outDir, formats: ['html', 'json'], readAsset });
    expect(await readFile(path.join(outDir, 'notes.txt'), 'utf8')).toBe('mine');
    const html = await readFile(path.join(outDir, `${seed.slug}.html`), 'utf8');
    expect(html).toContain(seed.headline);
    expect(html).not.toContain('First version');
    expect((await listTree(outDir)).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('never overwrites a same-named file that belongs to another story or to nobody', async () => {
    const outDir = path.join(tmp, 'shared-folder');
    await exportStoryToFolder({ story: seed, outDir, formats: ['html', 'json'], readAsset });
    const before = await readFile(path.join(outDir, `${seed.slug}.json`), 'utf8');
    const other = { ...seed, id: 'another-story-0001', headline: 'Same slug, other story' };
    const error = await exportStoryToFolder({ story: other, outDir, formats: ['json'], readAsset }).catch((e: unknown) => e);
    expect((error as ApiError).code).toBe('conflict');
    expect((error as ApiError).message).toMatch(/is the export of another story\. Nothing was exported/);
    expect(await readFile(path.join(outDir, `${seed.slug}.json`), 'utf8')).toBe(before);

    const mine = path.join(tmp, 'mine');
    await mkdir(mine);
    await writeFile(path.join(mine, `${seed.slug}.html`), '<p>my own page</p>');
    const refused = await exportStoryToFolder({ story: seed, outDir: mine, formats: ['html'], readAsset }).catch((e: unknown) => e);
    expect((refused as ApiError).message).toMatch(/is not an export of this story/);
    expect(await readFile(path.join(mine, `${seed.slug}.html`), 'utf8')).toBe('<p>my own page</p>');
  });

  it('reports a target beneath a regular file clearly and changes nothing', async () => {
    const blocker = path.join(tmp, 'not-a-folder');
    await writeFile(blocker, 'plain file');
    const before = await listTree(tmp);
    const outDir = path.join(blocker, 'export');
    const error = await exportStoryToFolder({ story: seed, outDir, formats: ['html', 'json'], readAsset }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('bad-input');
    expect((error as ApiError).message).toMatch(/is a file, not a folder\. Nothing was exported\.$/);
    expect(await listTree(tmp)).toEqual(before);
    expect(await readFile(blocker, 'utf8')).toBe('plain file');
  });

  it('answers a folder where nothing can be created (/proc) at once, as read-only', async (ctx) => {
    if (!existsSync('/proc/self')) {
      console.log('skipped: this system has no /proc, whose folders refuse new entries');
      ctx.skip();
      return;
    }
    // Node's own recursive mkdir never returns here; the export must.
    const error = await exportStoryToFolder({ story: seed, outDir: '/proc/newsdesk-export/out', formats: ['html'], readAsset }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('read-only');
    expect((error as ApiError).message).toMatch(/read-only\. Nothing was exported\.$/);
  });

  it('reports a read-only target folder as read-only and changes nothing', async (ctx) => {
    const outDir = path.join(tmp, 'locked');
    await mkdir(outDir);
    const locked = await makeFolderReadOnly(outDir);
    if (!locked.ok) {
      console.log(`skipped: cannot make a read-only folder here: ${locked.reason}`);
      ctx.skip();
      return;
    }
    try {
      const error = await exportStoryToFolder({ story: seed, outDir, formats: ['html', 'json'], readAsset }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('read-only');
      expect((error as ApiError).message).toBe(`Could not write to ${outDir}: the folder is read-only. Nothing was exported.`);
    } finally {
      await locked.undo();
    }
    expect(await readdir(outDir)).toEqual([]);
  });

  it('writes nothing when a picture cannot be read', async () => {
    const outDir = path.join(tmp, 'missing-picture');
    pictures.delete(seed.hero.assetId ?? '');
    const error = await exportStoryToFolder({ story: seed, outDir, formats: ['html', 'json'], readAsset }).catch((e: unknown) => e);
    expect((error as ApiError).code).toBe('not-found');
    expect((error as ApiError).message).toMatch(/could not be read, so nothing was exported/);
    expect(await readdir(tmp)).toEqual([]);
  });

  it('removes what it created when a later write fails', async () => {
    const outDir = path.join(tmp, 'half');
    await mkdir(outDir);
    // A folder where the HTML file should go makes that one write fail after the pictures are in.
    await mkdir(path.join(outDir, `${seed.slug}.html`));
    const error = await exportStoryToFolder({ story: seed, outDir, formats: ['html'], readAsset }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(await listTree(outDir)).toEqual([`${seed.slug}.html`]);
  });


  it('removes every folder level it created when a write fails', async () => {
    // Bytes node cannot write make the first picture write fail after a/b/c/images exist.
    const unwritable = { byteLength: 1 } as unknown as Uint8Array;
    const outDir = path.join(tmp, 'a', 'b', 'c');
    const error = await exportStoryToFolder({ story: seed, outDir, formats: ['html'], readAsset: () => Promise.resolve(unwritable) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(await readdir(tmp)).toEqual([]);
  });

  it('asks for at least one format', async () => {
    await expect(exportStoryToFolder({ story: seed, outDir: tmp, formats: [], readAsset })).rejects.toMatchObject({ code: 'bad-input' });
  });
});

describe('exportStoryToFolder renditions', () => {
  const CAPTION = 'Delegates <script>alert("x")</script> & friends in Newport';

  async function bigPhoto(): Promise<[string, Uint8Array]> {
    const bytes = await sharp({ create: { width: 2000, height: 1250, channels: 3, background: { r: 90, g: 120, b: 150 } } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Canon', Model: 'EOS R5' } })
      .toBuffer();
    return [`${createHash('sha256').update(bytes).digest('hex')}.jpg`, new Uint8Array(bytes)];
  }

  it('writes only renditions for an HTML-only export, with srcset, sizes, and metadata written into each file', async () => {
    const [heroId, heroBytes] = await bigPhoto();
    pictures.set(heroId, heroBytes);
    const story: Story = {
      ...seed,
      hero: { ...emptyPicture(), assetId: heroId, caption: CAPTION, credit: '', source: 'EPA', creator: 'MAURIZIO GAMBARINI', copyright: '© EPA 2018', alt: 'Delegates at the summit' },
    };
    const outDir = path.join(tmp, 'html-only');
    await exportStoryToFolder({ story, outDir, formats: ['html'], readAsset });
    const images = await readdir(path.join(outDir, 'images'));
    const sha = heroId.slice(0, 64);
    // No originals: nothing from the camera (serial, GPS) leaves with an HTML-only export.
    for (const id of pictures.keys()) expect(images).not.toContain(id);
    expect(images.filter((f) => f.startsWith(sha)).sort()).toEqual(
      [480, 960, 1600].flatMap((w) => [`${sha}-${w}.jpg`, `${sha}-${w}.webp`]).sort(),
    );

    const html = await readFile(path.join(outDir, `${seed.slug}.html`), 'utf8');
    expect(html).toContain(
      `<picture><source type="image/webp" srcset="images/${sha}-480.webp 480w, images/${sha}-960.webp 960w, images/${sha}-1600.webp 1600w" sizes="(min-width: 48rem) 46rem, 100vw">` +
        `<img src="images/${sha}-960.jpg" srcset="images/${sha}-480.jpg 480w, images/${sha}-960.jpg 960w, images/${sha}-1600.jpg 1600w" sizes="(min-width: 48rem) 46rem, 100vw" width="960" height="600" alt="Delegates at the summit" loading="lazy"></picture>`,
    );
    expect(html).toContain('<span class="credit">EPA/MAURIZIO GAMBARINI</span>');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('Delegates &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; friends in Newport');
    // Every file the page refers to (img, srcset, JSON-LD) is there.
    const referenced = new Set([...html.matchAll(/images\/[^\s"',]+/g)].map((m) => m[0]));
    expect(referenced.size).toBe(images.length);
    for (const ref of referenced) expect(images).toContain(ref.slice('images/'.length));

    const meta = await readPhotoMetadata(await readFile(path.join(outDir, 'images', `${sha}-960.jpg`)));
    expect(meta).toMatchObject({
      caption: CAPTION,
      creditLine: 'EPA/MAURIZIO GAMBARINI',
      creator: 'MAURIZIO GAMBARINI',
      copyright: '© EPA 2018',
      altText: 'Delegates at the summit',
      width: 960,
      height: 600,
    });
    const exif = (await sharp(await readFile(path.join(outDir, 'images', `${sha}-960.jpg`))).metadata()).exif;
    expect(exif?.toString('latin1') ?? '').not.toContain('EOS R5');
  });

  it('refuses a damaged picture before writing anything', async () => {
    const [id, bytes] = await bigPhoto();
    pictures.set(id, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const story: Story = { ...seed, hero: { ...seed.hero, assetId: id } };
    const outDir = path.join(tmp, 'damaged');
    await expect(exportStoryToFolder({ story, outDir, formats: ['html'], readAsset })).rejects.toMatchObject({
      code: 'unsupported-media',
      message: expect.stringContaining('Nothing was exported.') as unknown,
    });
    await expect(readdir(outDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
