// The thumbnail pipeline on a 24-megapixel JPEG, side by side with a bare sharp resize.
// Call from run.ts: `rows.push(...(await thumbnailBench()))`.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { makeThumbnail } from '../../electron/core/photo/makeThumbnail.ts';
import { measure } from './measure.ts';

export interface ThumbnailBenchRow {
  name: string;
  newsdesk: number;
  baseline: number;
  baselineName: string;
}

const WIDTH = 6000;
const HEIGHT = 4000;

/** A 6000×4000 photo-like JPEG (smooth gradients plus sensor-like noise), quality 90. */
async function makeTestPhoto(file: string): Promise<void> {
  const raw = Buffer.alloc(WIDTH * HEIGHT * 3);
  let seed = 12345;
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const grain = (seed % 41) - 20;
      const i = (y * WIDTH + x) * 3;
      raw[i] = Math.max(0, Math.min(255, 40 + (x * 160) / WIDTH + grain));
      raw[i + 1] = Math.max(0, Math.min(255, 60 + (y * 120) / HEIGHT + grain));
      raw[i + 2] = Math.max(0, Math.min(255, 140 + 60 * Math.sin(x / 300) + grain));
    }
  }
  await writeFile(file, await sharp(raw, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } }).jpeg({ quality: 90 }).toBuffer());
}

/** Times makeThumbnail (read file, check, metadata header, orient, shrink-on-load, WebP) against `sharp(file).resize(1200).toBuffer()`. */
export async function thumbnailBench(): Promise<ThumbnailBenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'nd-bench-photo-'));
  try {
    const file = join(dir, 'photo-24mp.jpg');
    await makeTestPhoto(file);
    const options = { rounds: 9, warmup: 2 };
    const newsdesk = await measure(async () => makeThumbnail(await readFile(file)), options);
    const baseline = await measure(() => sharp(file).resize(1200).toBuffer(), options);
    return [{ name: 'thumbnail of a 24 MP JPEG', newsdesk, baseline, baselineName: 'sharp(file).resize(1200).toBuffer()' }];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
