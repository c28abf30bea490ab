import { describe, expect, it } from 'vitest';
import type { Alternated } from './measure.ts';
import { toResult, type ResultInput } from './summarize.ts';

/** Eight rounds of 40 samples; side A's samples are B's times `factor`, and every third round A is slower still by `extra`. */
function run(factor: number, extra: number): Alternated {
  const rounds = Array.from({ length: 8 }, (_, round) => {
    const b = Array.from({ length: 40 }, (_, i) => 4 + ((i * 13) % 40) / 8);
    return { a: b.map((x) => x * factor + (round % 3 === 0 ? extra : 0)), b };
  });
  return { a: rounds.flatMap((r) => r.a), b: rounds.flatMap((r) => r.b), rounds };
}

const row = (samples: Alternated): ResultInput => ({
  number: '2',
  id: 'keystroke-short',
  title: 'keystroke latency',
  samples,
  baselineName: 'bare page',
  compare: 'p95',
  goal: 'p95 ratio ≤ 1.10',
  meets: (ratio) => ratio <= 1.1,
});

describe('toResult', () => {
  it('gives the ratio with its range, settled when the whole range is on one side of the goal', () => {
    const clear = toResult(row(run(1.02, 0)));
    expect(clear.ratio).toBeCloseTo(1.02, 5);
    expect(clear.met).toBe(true);
    expect(clear.ratioRange?.low).toBeLessThanOrEqual(clear.ratio);
    expect(clear.ratioRange?.high).toBeGreaterThanOrEqual(clear.ratio);
    expect(clear.settled).toBe(true);
    const missed = toResult(row(run(1.3, 0)));
    expect([missed.met, missed.settled]).toEqual([false, true]);
  });

  it('says "not settled" when slow rounds on our side spread the range across the goal', () => {
    const noisy = toResult(row(run(1.0, 2.5)));
    expect(noisy.ratioRange!.low).toBeLessThanOrEqual(1.1);
    expect(noisy.ratioRange!.high).toBeGreaterThan(1.1);
    expect(noisy.settled).toBe(false);
  });

  it('gives no range and no verdict on it without enough rounds', () => {
    const result = toResult(row({ ...run(1.02, 0), rounds: [] }));
    expect(result.ratioRange).toBeNull();
    expect(result.settled).toBeNull();
    expect(result.met).toBe(true);
  });
});
