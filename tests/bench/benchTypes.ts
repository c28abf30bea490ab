import type { Browser } from '@playwright/test';
import type { BenchFixtures } from './fixtures/generateBenchFixtures.ts';
import type { RatioRange } from './ratioRange.ts';

/** Median, 95th percentile and worst of a set of samples (ms unless said otherwise). */
export interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
}

/** One row of the results: our path and its baseline, measured in the same run. */
export interface BenchResult {
  /** "1", "2", … as numbered in issue 5; extras carry a letter. */
  number: string;
  id: string;
  title: string;
  ours: Stats;
  baseline: Stats;
  baselineName: string;
  /** Which statistic the ratio compares. */
  compare: 'median' | 'p95';
  /** ours[compare] / baseline[compare] (lower is better), or baseline / ours when higherIsBetter. */
  ratio: number;
  /** Where the ratio could fall on another run (ratioRange.ts); null without at least three rounds. */
  ratioRange: RatioRange | null;
  /** The ratio is a speed-up (baseline / ours), e.g. "≥ 20× faster". */
  higherIsBetter?: boolean;
  goal: string;
  met: boolean | null;
  /**
   * Whether the goal's answer holds across the ratio's range: false when one end of the range would meet the
   * goal and the other would not, so another run could answer it the other way. Null without a goal or a range.
   */
  settled: boolean | null;
  notes: string[];
}

/** The built pages the browser benchmarks serve. */
export interface BuiltPages {
  /** The app's renderer, built fresh from the working tree. */
  rendererDir: string;
  /** The bare TipTap baseline page (with docs/long.json and docs/short.json beside it). */
  baselineDir: string;
}

export interface BenchContext {
  tiny: boolean;
  /** Alternating rounds a side for the keystroke benchmarks (50 keys each in 1, 2 and F, 60 in 4), when not the default. */
  keyRounds?: number;
  fixtures: BenchFixtures;
  /** Builds the pages on first use. */
  pages: () => Promise<BuiltPages>;
  /** One shared Debian Chromium, launched on first use. */
  browser: () => Promise<Browser>;
  log: (line: string) => void;
}

export interface Benchmark {
  /** Used by `--only`. */
  name: string;
  run: (context: BenchContext) => Promise<BenchResult[]>;
}
