// The thumbnail pipeline on the fixture JPEG (24 megapixels at full size), side by side with a bare sharp resize.
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { makeThumbnail } from '../../electron/core/photo/makeThumbnail.ts';
import type { Benchmark, BenchContext, BenchResult } from './benchTypes.ts';
import { alternate, timed } from './measure.ts';
import { toResult } from './summarize.ts';

/** Times makeThumbnail (read file, check, metadata header, orient, shrink-on-load, WebP) against `sharp(file).resize(1200).toBuffer()`. */
async function thumbnail(context: BenchContext): Promise<BenchResult> {
  const { photoFile, sizes } = context.fixtures;
  const samples = await alternate(
    () => timed(async () => makeThumbnail(await readFile(photoFile))),
    () => timed(() => sharp(photoFile).resize(1200).toBuffer()),
    { rounds: context.tiny ? 1 : 7, warmup: 1 },
  );
  const megapixels = ((sizes.photo.width * sizes.photo.height) / 1e6).toFixed(0);
  return toResult({
    number: 'T',
    id: 'thumbnail',
    title: `thumbnail of a ${megapixels} MP JPEG`,
    samples,
    baselineName: 'sharp(file).resize(1200).toBuffer()',
    compare: 'median',
    goal: '(none: reported)',
    meets: () => true,
  });
}

export const thumbnailBench: Benchmark = { name: 'thumbnail', run: async (context) => [{ ...(await thumbnail(context)), met: null }] };
