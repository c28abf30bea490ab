import { describe, expect, it } from 'vitest';
import { ratioRange, type PairedRound } from './ratioRange.ts';
import { percentile } from './summarize.ts';

const p95 = (samples: readonly number[]) => percentile([...samples].sort((x, y) => x - y), 95);
const p95Ratio = (a: readonly number[], b: readonly number[]) => p95(a) / p95(b);

/** `count` rounds of 50 samples: side A is `shift` ms slower than B, and every round is slowed by its own spell. */
function rounds(count: number, shift: number, spell: (round: number) => number): PairedRound[] {
  return Array.from({ length: count }, (_, round) => {
    const base = Array.from({ length: 50 }, (_, i) => 5 + ((i * 37) % 50) / 10 + spell(round));
    return { a: base.map((x) => x + shift), b: base };
  });
}

describe('ratioRange', () => {
  it('brackets the ratio of the whole run, and is narrow when the rounds agree', () => {
    const same = rounds(8, 0.5, () => 0);
    const range = ratioRange(same, p95Ratio);
    const ratio = p95Ratio(same.flatMap((r) => r.a), same.flatMap((r) => r.b));
    expect(range).not.toBeNull();
    expect(range!.low).toBeLessThanOrEqual(ratio);
    expect(range!.high).toBeGreaterThanOrEqual(ratio);
    expect(range!.high - range!.low).toBeLessThan(0.001);
    expect(range).toMatchObject({ level: 0.9, rounds: 8 });
  });

  it('widens with the spread between rounds, when a slow spell falls on one side of some rounds', () => {
    const noisy = rounds(8, 0.5, () => 0).map((round, i) => (i % 3 === 0 ? { a: round.a.map((x) => x + 4), b: round.b } : round));
    const range = ratioRange(noisy, p95Ratio)!;
    expect(range.high - range.low).toBeGreaterThan(0.1);
    expect(range.low).toBeLessThan(range.high);
  });

  it('keeps each round’s two sides together: a spell that slows both sides of a round does not widen it much', () => {
    const shared = ratioRange(rounds(8, 0.5, (round) => (round % 2 ? 3 : 0)), p95Ratio)!;
    const oneSided = ratioRange(
      rounds(8, 0.5, () => 0).map((round, i) => (i % 2 ? { a: round.a.map((x) => x + 3), b: round.b } : round)),
      p95Ratio,
    )!;
    expect(shared.high - shared.low).toBeLessThan((oneSided.high - oneSided.low) / 3);
  });

  it('gives the same range for the same samples, and none from fewer than three rounds', () => {
    const noisy = rounds(6, 0.3, (round) => round % 2);
    expect(ratioRange(noisy, p95Ratio)).toEqual(ratioRange(noisy, p95Ratio));
    expect(ratioRange(noisy.slice(0, 2), p95Ratio)).toBeNull();
    expect(() => ratioRange(noisy, p95Ratio, { level: 1 })).toThrow(/level/);
  });
});
