import type { BenchResult, Stats } from './benchTypes.ts';
import type { Alternated } from './measure.ts';
import { ratioRange } from './ratioRange.ts';

/** Nearest-rank percentile (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Median, p95 and max of the samples. */
export function summarize(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? Number.NaN };
}

export interface ResultInput {
  number: string;
  id: string;
  title: string;
  /** Ours (a) and the baseline (b), as `alternate` ran them; their rounds give the ratio's range. */
  samples: Alternated;
  baselineName: string;
  compare: 'median' | 'p95';
  goal: string;
  /** Whether the goal holds, given the ratio and our stats. */
  meets: (ratio: number, ours: Stats, baseline: Stats) => boolean;
  higherIsBetter?: boolean;
  notes?: string[];
}

/** Builds a result row from raw samples. */
export function toResult(input: ResultInput): BenchResult {
  const ratioOf = (ours: Stats, baseline: Stats) => (input.higherIsBetter ? baseline[input.compare] / ours[input.compare] : ours[input.compare] / baseline[input.compare]);
  const ours = summarize(input.samples.a);
  const baseline = summarize(input.samples.b);
  const ratio = ratioOf(ours, baseline);
  const range = ratioRange(input.samples.rounds, (a, b) => ratioOf(summarize(a), summarize(b)));
  const met = Number.isFinite(ratio) ? input.meets(ratio, ours, baseline) : null;
  return {
    number: input.number,
    id: input.id,
    title: input.title,
    ours,
    baseline,
    baselineName: input.baselineName,
    compare: input.compare,
    ratio,
    ratioRange: range,
    higherIsBetter: input.higherIsBetter,
    goal: input.goal,
    met,
    // The whole range on the same side of the goal as the ratio itself.
    settled: met === null || range === null ? null : input.meets(range.low, ours, baseline) === met && input.meets(range.high, ours, baseline) === met,
    notes: input.notes ?? [],
  };
}
