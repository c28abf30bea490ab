import { seededRandom } from './fixtures/seededRandom.ts';

/** One A/B round of an alternating run: the samples each side gave in it. */
export interface PairedRound {
  a: readonly number[];
  b: readonly number[];
}

/** The middle `level` share of the ratios a run like this one could have given, and how many rounds it came from. */
export interface RatioRange {
  low: number;
  high: number;
  level: number;
  rounds: number;
}

/** Fewer rounds than this give no range: a resample of one or two rounds says nothing about the spread. */
const MIN_ROUNDS = 3;

/**
 * How far a ratio could move on another run of the same code on the same machine, from the spread between its
 * rounds: a paired bootstrap over rounds. Each resample draws whole A/B rounds with replacement, keeping each
 * round's two sides together, so a slow spell of the machine stays on the round pair it fell on, as it did in the
 * run; `ratioOf` turns the drawn samples into the ratio. The range is the middle `level` of the resampled
 * ratios (percentile method). Seeded, so the same samples always give the same range. Null with fewer than three
 * rounds.
 */
export function ratioRange(
  rounds: readonly PairedRound[],
  ratioOf: (a: readonly number[], b: readonly number[]) => number,
  { resamples = 2000, level = 0.9, seed = 5 }: { resamples?: number; level?: number; seed?: number } = {},
): RatioRange | null {
  if (rounds.length < MIN_ROUNDS) return null;
  if (!(level > 0 && level < 1)) throw new Error(`the level must lie between 0 and 1, not ${level}`);
  const random = seededRandom(seed);
  const ratios: number[] = [];
  for (let i = 0; i < resamples; i++) {
    const a: number[] = [];
    const b: number[] = [];
    for (let j = 0; j < rounds.length; j++) {
      const round = rounds[random.int(0, rounds.length - 1)];
      if (round) {
        a.push(...round.a);
        b.push(...round.b);
      }
    }
    const ratio = ratioOf(a, b);
    if (Number.isFinite(ratio)) ratios.push(ratio);
  }
  if (ratios.length === 0) return null;
  ratios.sort((x, y) => x - y);
  const tail = (1 - level) / 2;
  const at = (share: number) => ratios[Math.min(ratios.length - 1, Math.max(0, Math.floor(share * ratios.length)))] ?? Number.NaN;
  return { low: at(tail), high: at(1 - tail), level, rounds: rounds.length };
}
