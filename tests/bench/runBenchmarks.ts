import { cpus } from 'node:os';
import type { Browser } from '@playwright/test';
import { autosaveBench, keystrokeFocusBench, keystrokeLongBench, keystrokeShortBench } from './benches/keystrokeBench.ts';
import { atomicSaveBench, htmlExportBench } from './benches/exportAndSaveBench.ts';
import { libraryListBench, searchBench } from './benches/libraryBench.ts';
import { openStoryBench } from './benches/openStoryBench.ts';
import { startupBench } from './benches/startupBench.ts';
import type { Benchmark, BenchContext, BenchResult, BuiltPages } from './benchTypes.ts';
import { buildBenchPages } from './buildBenchPages.ts';
import { ensureBenchFixtures } from './fixtures/generateBenchFixtures.ts';
import { launchBenchBrowser } from './launchBenchBrowser.ts';
import { thumbnailBench } from './thumbnailBench.ts';
import { typingWhileImportBenchmark } from './typingWhileImportBench.ts';

/** The nine benchmarks of issue 5 in order, then the extras. */
export const BENCHMARKS: readonly Benchmark[] = [
  keystrokeLongBench,
  keystrokeShortBench,
  openStoryBench,
  autosaveBench,
  libraryListBench,
  searchBench,
  htmlExportBench,
  atomicSaveBench,
  startupBench,
  thumbnailBench,
  typingWhileImportBenchmark,
  keystrokeFocusBench,
];

export interface BenchRun {
  date: string;
  tiny: boolean;
  machine: { cores: number; cpu: string; platform: string; node: string };
  results: BenchResult[];
  /** Benchmarks that threw, with the message. */
  failures: { name: string; error: string }[];
}

/**
 * Runs the chosen benchmarks (all when `only` is empty), sharing fixtures, builds and one browser. `keyRounds`
 * sets how many alternating rounds a side the keystroke benchmarks type, for a narrower range: rounds of 50 keys
 * in 1, 2 and F (6 unless set), of 60 keys in 4 (20 unless set).
 */
export async function runBenchmarks({
  tiny,
  only = [],
  keyRounds,
  log = console.log,
}: {
  tiny: boolean;
  only?: readonly string[];
  keyRounds?: number;
  log?: (line: string) => void;
}): Promise<BenchRun> {
  if (keyRounds !== undefined && !(Number.isInteger(keyRounds) && keyRounds > 0)) throw new Error(`the key rounds must be a whole number above 0, not ${keyRounds}`);
  const unknown = only.filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  const chosen = only.length === 0 ? BENCHMARKS : BENCHMARKS.filter((b) => only.includes(b.name));
  const fixtures = await ensureBenchFixtures({ tiny, log });
  // Built and launched on first use, so node-only runs need neither.
  const lazy: { pages?: Promise<BuiltPages>; browser?: Promise<Browser> } = {};
  const context: BenchContext = {
    tiny,
    keyRounds,
    fixtures,
    pages: () => (lazy.pages ??= buildBenchPages(fixtures)),
    browser: () => (lazy.browser ??= launchBenchBrowser()),
    log,
  };
  const run: BenchRun = {
    date: new Date().toISOString(),
    tiny,
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', platform: `${process.platform} ${process.arch}`, node: process.version },
    results: [],
    failures: [],
  };
  try {
    for (const bench of chosen) {
      const started = performance.now();
      log(`bench: ${bench.name} …`);
      try {
        const results = await bench.run(context);
        run.results.push(...results);
        log(`bench: ${bench.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        run.failures.push({ name: bench.name, error: message });
        log(`bench: ${bench.name} FAILED: ${message}`);
      }
    }
  } finally {
    if (lazy.browser) await (await lazy.browser).close();
  }
  return run;
}
