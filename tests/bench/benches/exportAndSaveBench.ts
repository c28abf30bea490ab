// Benchmarks 7 and 8, in this process: the standalone HTML page of the long story against the static
// renderer of its body alone, and the atomic save of its file against a bare write + fsync.
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import StarterKit from '@tiptap/starter-kit';
import { renderStoryHtml } from '@shared/export/renderStoryHtml.ts';
import { atomicWriteFile } from '../../../electron/core/atomicWriteFile.ts';
import type { Benchmark, BenchContext, BenchResult } from '../benchTypes.ts';
import { alternate, timed } from '../measure.ts';
import { toResult } from '../summarize.ts';

async function htmlExport(context: BenchContext): Promise<BenchResult> {
  const { fixtures } = context;
  const story = fixtures.longStory;
  const extensions = [StarterKit];
  const page = renderStoryHtml(story);
  const body = renderToHTMLString({ content: fixtures.longBaseline, extensions });
  if (!page.includes('</html>') || body.length < 1000) throw new Error('an HTML render came out empty');
  const samples = await alternate(
    () => timed(() => renderStoryHtml(story)),
    () => timed(() => renderToHTMLString({ content: fixtures.longBaseline, extensions })),
    { rounds: context.tiny ? 2 : 40, warmup: context.tiny ? 1 : 5 },
  );
  return toResult({
    number: '7',
    id: 'html-export',
    title: `HTML export of the ${fixtures.sizes.longWords.toLocaleString('en')}-word story (whole page)`,
    samples,
    baselineName: '@tiptap/static-renderer, StarterKit, body alone',
    compare: 'median',
    goal: 'ratio ≤ 1.5',
    meets: (ratio) => ratio <= 1.5,
    notes: [`page ${(page.length / 1024).toFixed(0)} KiB vs body ${(body.length / 1024).toFixed(0)} KiB; renderStoryHtml only (no picture renditions, no files)`],
  });
}

async function atomicSave(context: BenchContext): Promise<BenchResult> {
  const { fixtures } = context;
  const bytes = Buffer.from(`${JSON.stringify(fixtures.longStory, null, 2)}\n`);
  // Not in a RAM-backed /tmp: fsync must reach a disk for the comparison to mean anything.
  const dir = await mkdtemp(join(process.env.NEWSDESK_BENCH_DISK_DIR || tmpdir(), 'nd-bench-save-'));
  try {
    const target = join(dir, 'story.json');
    const plain = join(dir, 'plain.json');
    const samples = await alternate(
      () => settled(timed(() => atomicWriteFile(target, bytes))),
      () =>
        settled(
          timed(async () => {
            const handle = await open(plain, 'w');
            try {
              await handle.writeFile(bytes);
              await handle.sync();
            } finally {
              await handle.close();
            }
          }),
        ),
      { rounds: context.tiny ? 2 : 30, warmup: context.tiny ? 1 : 3 },
    );
    return toResult({
      number: '8',
      id: 'atomic-save',
      title: `atomic save of the ${fixtures.sizes.longWords.toLocaleString('en')}-word story (${(bytes.byteLength / 1024).toFixed(0)} KiB)`,
      samples,
      baselineName: 'open + writeFile + fsync + close, same bytes',
      compare: 'median',
      goal: 'ratio ≤ 1.5',
      meets: (ratio) => ratio <= 1.5,
      notes: [`atomicWriteFile: temp + fsync + rename + fsync folder, in ${dir.startsWith(tmpdir()) ? 'the system temp folder' : dir}`],
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const SAVE_PAUSE_MS = 25;

/**
 * A save's time, then an untimed pause before the next write. atomicWriteFile returns once the save is
 * durable and closes the replaced file after (closing it frees its blocks); back to back, that close
 * ran into whichever write came next, the baseline's in half the rounds. In the app saves are far
 * apart (the autosave delay is 800 ms), so each side gets the quiet a real save finds.
 */
async function settled(times: Promise<number[]>): Promise<number[]> {
  const result = await times;
  await sleep(SAVE_PAUSE_MS);
  return result;
}

export const htmlExportBench: Benchmark = { name: 'export', run: async (context) => [await htmlExport(context)] };
export const atomicSaveBench: Benchmark = { name: 'save', run: async (context) => [await atomicSave(context)] };
