// Benchmarks 5 and 6: listing the whole library cold, in a new process, against reading one summary
// index file; and full-text search against a naive scan that parses every story file.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { bodyToPlainText } from '@shared/story/bodyToPlainText.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { StoryLibrary } from '../../../electron/core/StoryLibrary.ts';
import { normalizeForSearch } from '../../../electron/core/searchStories.ts';
import type { Benchmark, BenchContext, BenchResult } from '../benchTypes.ts';
import { PLANTED_WORD } from '../fixtures/generateBenchFixtures.ts';
import { alternate, timed } from '../measure.ts';
import { toResult } from '../summarize.ts';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs libraryChild.ts in a new Node process; returns the time it measured for the operation. */
async function childTime(mode: 'list' | 'index', target: string, expected: number): Promise<number[]> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tests/bench/benches/libraryChild.ts', mode, target], { cwd: repoRoot, maxBuffer: 1 << 20 });
  const line = stdout.trim().split('\n').pop() ?? '';
  const { ms, count } = JSON.parse(line) as { ms: number; count: number };
  if (count !== expected) throw new Error(`${mode}: expected ${expected} stories, got ${count}`);
  return [ms];
}

async function listCold(context: BenchContext): Promise<BenchResult> {
  const { fixtures } = context;
  const n = fixtures.sizes.libraryStories;
  const samples = await alternate(
    () => childTime('list', fixtures.libraryDir, n),
    () => childTime('index', fixtures.libraryIndexFile, n),
    // Nine new processes a side: with three, one slow start of a process decided the median (ratios 0.78 to 1.47 in one day).
    { rounds: context.tiny ? 1 : 9, warmup: context.tiny ? 0 : 1 },
  );
  return toResult({
    number: '5',
    id: 'library-list-cold',
    title: `list a library of ${n.toLocaleString('en')} stories, cold (new process)`,
    samples,
    baselineName: 'read + JSON.parse one summary index file (new process)',
    compare: 'median',
    goal: 'ratio ≤ 1.2',
    meets: (ratio) => ratio <= 1.2,
    notes: ['timed inside the new process (module loading excluded); the OS file cache is warm for both'],
  });
}

/** What a naive search does: read and parse every story file, and look for the words in its text. */
async function naiveSearch(storiesDir: string, word: string): Promise<string[]> {
  const ids = await readdir(storiesDir);
  const hits: string[] = [];
  await Promise.all(
    ids.map(async (id) => {
      const story = JSON.parse(await readFile(join(storiesDir, id, 'story.json'), 'utf8')) as Story;
      const text = normalizeForSearch([story.kicker, story.headline, story.standfirst, ...story.bylines, ...story.tags, bodyToPlainText(story.body)].join('\n'));
      if (text.includes(word)) hits.push(story.id);
    }),
  );
  return hits.sort();
}

async function search(context: BenchContext): Promise<BenchResult> {
  const { fixtures } = context;
  const library = new StoryLibrary({ libraryDir: fixtures.libraryDir });
  const storiesDir = join(fixtures.libraryDir, 'stories');
  // The app lists the library when it opens; a search comes after that.
  await library.list();
  const ours = (await library.list(PLANTED_WORD)).stories.map((s) => s.id).sort();
  const naive = await naiveSearch(storiesDir, PLANTED_WORD);
  if (ours.length === 0 || JSON.stringify(ours) !== JSON.stringify(naive)) throw new Error(`search found ${ours.length} stories, the naive scan ${naive.length}`);
  const samples = await alternate(
    () => timed(() => library.list(PLANTED_WORD)),
    () => timed(() => naiveSearch(storiesDir, PLANTED_WORD)),
    { rounds: context.tiny ? 1 : 5, warmup: context.tiny ? 0 : 1 },
  );
  return toResult({
    number: '6',
    id: 'search',
    title: `full-text search over ${fixtures.sizes.libraryStories.toLocaleString('en')} stories (${ours.length} hits)`,
    samples,
    baselineName: 'naive scan: read + JSON.parse every story.json',
    compare: 'median',
    higherIsBetter: true,
    goal: '≥ 20× faster',
    meets: (speedup) => speedup >= 20,
    notes: ['ours: StoryLibrary.list(query) in a running core (after the first listing)'],
  });
}

export const libraryListBench: Benchmark = { name: 'list', run: async (context) => [await listCold(context)] };
export const searchBench: Benchmark = { name: 'search', run: async (context) => [await search(context)] };
