import { createHash } from 'node:crypto';
import { access, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/apiError.ts';
import type { NinjsItem } from '@shared/export/ninjs/ninjsTypes.ts';
import { parseStoryExport } from '@shared/export/parseStoryExport.ts';
import { bodyToPlainText } from '@shared/story/bodyToPlainText.ts';
import { emptyPicture } from '@shared/story/emptyPicture.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { createNinjsValidator } from '../../tests/fixtures/ninjs/validateNinjs.ts';
import { loadStoryExportFile } from '../cli/loadStoryExportFile.ts';
import { runCli } from '../cli/runCli.ts';
import { exportStoryToFolder } from './exportStoryToFolder.ts';

const fixtures = path.resolve(import.meta.dirname, '../../tests/fixtures');
const seedPath = path.join(fixtures, 'seed-article/seed-article.json');
const validate = createNinjsValidator();


let tmp: string;
let seed: Story;
let pictures: Map<string, Uint8Array>;
let railId: string;
let bodyId: string;

async function png(width: number, height: number, color: { r: number; g: number; b: number }): Promise<[string, Uint8Array]> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: color } }).png().toBuffer();
  return [`${createHash('sha256').update(bytes).digest('hex')}.png`, new Uint8Array(bytes)];
}

function readAsset(assetId: string): Promise<Uint8Array> {
  const bytes = pictures.get(assetId);
  return bytes ? Promise.resolve(bytes) : Promise.reject(new ApiError('not-found', `no picture ${assetId}`));
}

async function readNinjs(file: string): Promise<NinjsItem> {
  return JSON.parse(await readFile(file, 'utf8')) as NinjsItem;
}

/** Every picture association, wherever nested. */
function pictureAssociations(item: NinjsItem): NinjsItem[] {
  return (item.associations ?? []).flatMap((a) => [...(a.type === 'picture' ? [a] : []), ...pictureAssociations(a)]);
}

/** The words of every picture use, in order, without the file reference. */
function pictureWords(story: Story): unknown[] {
  const words = (p: Record<string, unknown>) => [p.caption, p.credit, p.alt, p.creator, p.source, p.copyright, p.usageTerms];
  const figures: unknown[] = [];
  JSON.stringify(story.body, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'figure') figures.push(words((value as { attrs: Record<string, unknown> }).attrs));
    return value;
  });
  return [words(story.hero), ...figures, ...story.rails.flatMap((r) => r.items.map((i) => (i.picture ? words(i.picture) : null)))];
}

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'nd-'));
  const parsed = parseStoryExport(await readFile(seedPath, 'utf8')).story;
  const heroId = parsed.hero.assetId ?? '';
  const heroBytes = new Uint8Array(await readFile(path.join(fixtures, 'seed-article/images', heroId)));
  const [b, bBytes] = await png(700, 350, { r: 200, g: 90, b: 10 });
  const [r, rBytes] = await png(300, 200, { r: 10, g: 160, b: 60 });
  bodyId = b;
  railId = r;
  pictures = new Map([
    [heroId, heroBytes],
    [bodyId, bBytes],
    [railId, rBytes],
  ]);
  const rails = structuredClone(parsed.rails);
  const first = rails[0]?.items[0];
  if (first) first.picture = { ...emptyPicture(), assetId: railId, caption: 'Rail caption', credit: 'NTB/ANNA', alt: 'thumb' };
  seed = {
    ...parsed,
    deskNotes: 'DESK-NOTE-j: not for partners',
    hero: { ...parsed.hero, creator: 'MAURIZIO GAMBARINI', source: 'EPA', copyright: '© EPA', usageTerms: 'Editorial use only' },
    body: { ...parsed.body, content: [...parsed.body.content, { type: 'figure', attrs: { assetId: bodyId, caption: 'Body pic', credit: 'AP', alt: 'x', creator: 'JO', source: 'AP', copyright: '', usageTerms: '' } }] },
    rails,
  };
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('ninjs export to a folder', () => {
  it('writes <slug>.ninjs.json, valid ninjs 2.2, whose renditions are real files of their stated size', async () => {
    const outDir = path.join(tmp, 'out dir');
    const result = await exportStoryToFolder({ story: seed, outDir, formats: ['ninjs'], readAsset });
    const file = path.join(outDir, `${seed.slug}.ninjs.json`);
    expect(result.files).toContain(file);
    const item = await readNinjs(file);
    expect(validate(item)).toEqual([]);
    const pics = pictureAssociations(item);
    expect(pics.map((p) => p.name)).toEqual(['hero', 'figure-1', 'picture']);
    let checked = 0;
    for (const rendition of pics.flatMap((p) => p.renditions ?? [])) {
      const onDisk = fileURLToPath(rendition.href ?? '');
      expect(path.dirname(onDisk)).toBe(path.join(outDir, 'images'));
      const meta = await sharp(onDisk).metadata();
      expect([meta.width, meta.height]).toEqual([rendition.width, rendition.height]);
      expect((await readFile(onDisk)).byteLength).toBe(rendition.sizeinbytes);
      expect(rendition.contenttype).toBe(meta.format === 'webp' ? 'image/webp' : 'image/jpeg');
      checked++;
    }
    // Hero 1200 px wide: 480, 960 and its own 1200; body 700: 480, 700; rail 300: 300 — each as WebP and JPEG.
    expect(checked).toBe(12);
    // No originals travel in a ninjs export (no GPS or camera serial leaks), and no desk notes.
    const images = await readdir(path.join(outDir, 'images'));
    for (const id of pictures.keys()) expect(images).not.toContain(id);
    expect(JSON.stringify(item)).not.toContain('DESK-NOTE-j');
  });

  it('links renditions to the published folder with a base URL, and refuses one that is not http(s)', async () => {
    const outDir = path.join(tmp, 'out');
    await exportStoryToFolder({ story: seed, outDir, formats: ['ninjs'], readAsset, ninjsBaseUrl: 'https://cdn.example/nato' });
    const item = await readNinjs(path.join(outDir, `${seed.slug}.ninjs.json`));
    expect(validate(item)).toEqual([]);
    for (const r of pictureAssociations(item).flatMap((p) => p.renditions ?? [])) expect(r.href).toMatch(/^https:\/\/cdn\.example\/nato\/images\/[a-f0-9]{64}-\d+\.(jpg|webp)$/);
    await expect(exportStoryToFolder({ story: seed, outDir, formats: ['ninjs'], readAsset, ninjsBaseUrl: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'bad-input' });
  });

  it('replaces its own earlier ninjs export, never another story’s', async () => {
    const outDir = path.join(tmp, 'out');
    await exportStoryToFolder({ story: { ...seed, headline: 'First' }, outDir, formats: ['ninjs'], readAsset });
    await exportStoryToFolder({ story: seed, outDir, formats: ['ninjs'], readAsset });
    expect((await readNinjs(path.join(outDir, `${seed.slug}.ninjs.json`))).headlines?.[0]?.value).toBe(seed.headline);
    const other = { ...seed, id: 'another-story-0001' };
    await expect(exportStoryToFolder({ story: other, outDir, formats: ['ninjs'], readAsset })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('round trip: importing the ninjs gives back the text, pictures with captions and credits, and rails', async () => {
    const outDir = path.join(tmp, 'out');
    await exportStoryToFolder({ story: seed, outDir, formats: ['ninjs'], readAsset });
    const loaded = await loadStoryExportFile(path.join(outDir, `${seed.slug}.ninjs.json`));
    expect(loaded.kind).toBe('ninjs');
    const back = loaded.story;
    for (const key of ['id', 'slug', 'language', 'kicker', 'headline', 'standfirst', 'bylines', 'dateline', 'tags', 'status', 'createdAt', 'updatedAt'] as const) {
      expect(back[key]).toEqual(seed[key]);
    }
    expect(back.deskNotes).toBe('');
    expect(bodyToPlainText(back.body)).toBe(bodyToPlainText(seed.body));
    expect(pictureWords(back)).toEqual(pictureWords(seed));
    const strip = (s: Story) => s.rails.map((r) => ({ ...r, items: r.items.map((i) => ({ ...i, picture: i.picture ? { ...i.picture, assetId: null } : null })) }));
    expect(strip(back)).toEqual(strip(seed));
    // Each picture comes back as its largest JPEG rendition, stored under its own SHA-256.
    expect(loaded.assets.size).toBe(3);
    for (const [id, bytes] of loaded.assets) {
      expect(id).toBe(`${createHash('sha256').update(bytes).digest('hex')}.jpg`);
      expect((await sharp(bytes).metadata()).format).toBe('jpeg');
    }
    expect(back.hero.assetId && loaded.assets.has(back.hero.assetId)).toBe(true);
    expect((await sharp(loaded.assets.get(back.hero.assetId ?? '') ?? new Uint8Array()).metadata()).width).toBe(1200);
  });

  it('a missing rendition file makes the import fail with a clear message', async () => {
    const outDir = path.join(tmp, 'out');
    await exportStoryToFolder({ story: seed, outDir, formats: ['ninjs'], readAsset });
    const heroSha = (seed.hero.assetId ?? '').slice(0, 64);
    await rm(path.join(outDir, 'images', `${heroSha}-1200.jpg`));
    await expect(loadStoryExportFile(path.join(outDir, `${seed.slug}.ninjs.json`))).rejects.toThrow(/does not exist/);
  });
});

describe('newsdesk export --format ninjs, then newsdesk import', () => {
  const savedDataDir = process.env.NEWSDESK_DATA_DIR;
  beforeEach(() => {
    process.env.NEWSDESK_DATA_DIR = path.join(tmp, 'data');
  });
  afterEach(() => {
    if (savedDataDir === undefined) delete process.env.NEWSDESK_DATA_DIR;
    else process.env.NEWSDESK_DATA_DIR = savedDataDir;
  });

  it('exports the seed article as ninjs and imports it into a library', async () => {
    await cp(path.dirname(seedPath), path.join(tmp, 'seed'), { recursive: true });
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd: tmp };
    expect(await runCli(['export', 'seed/seed-article.json', '--out', 'ninjs-out', '--format', 'ninjs'], io)).toBe(0);
    const file = path.join(tmp, 'ninjs-out', 'nato-to-expand-training-mission-in-iraq.ninjs.json');
    expect(validate(await readNinjs(file))).toEqual([]);
    expect(await runCli(['import', 'ninjs-out/nato-to-expand-training-mission-in-iraq.ninjs.json', '--library', 'lib'], io)).toBe(0);
    expect(err).toEqual([]);
    const stories = await readdir(path.join(tmp, 'lib', 'stories'));
    expect(stories).toHaveLength(1);
    const imported = JSON.parse(await readFile(path.join(tmp, 'lib', 'stories', stories[0] ?? '', 'story.json'), 'utf8')) as Story;
    expect(imported.headline).toBe('NATO to expand training mission in Iraq');
    expect(imported.hero.credit).toBe('EPA/MAURIZIO GAMBARINI');
    await access(path.join(tmp, 'lib', 'assets', imported.hero.assetId ?? 'none'));
    expect(await runCli(['export', 'seed/seed-article.json', '--out', 'x', '--format', 'ninjs', '--base-url', 'ftp://nope'], io)).toBe(1);
  });

  it('refuses an unknown format by naming the three', async () => {
    const err: string[] = [];
    await writeFile(path.join(tmp, 'a.json'), '{}');
    expect(await runCli(['export', 'a.json', '--out', 'x', '--format', 'nitf'], { out: () => undefined, err: (t) => err.push(t), cwd: tmp })).toBe(1);
    expect(err.join('\n')).toContain('Use html, json, ninjs');
  });
});
