import type { PairedRound } from './ratioRange.ts';

/** Runs `fn` repeatedly and returns the median time per call in milliseconds. */
export async function measure(fn: () => unknown, { rounds = 15, warmup = 3 }: { rounds?: number; warmup?: number } = {}): Promise<number> {
  const times = await sample(fn, { rounds, warmup });
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** The time of each of `rounds` calls of `fn` (ms), after `warmup` untimed ones. */
export async function sample(fn: () => unknown, { rounds, warmup = 0 }: { rounds: number; warmup?: number }): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** What an alternating run gave: every sample per side, and the same samples round by round. */
export interface Alternated {
  a: number[];
  b: number[];
  rounds: PairedRound[];
}

/**
 * Runs A and B alternately after `warmup` untimed rounds of each, so that a noisy machine slows both
 * alike, and in counterbalanced order: A then B in even rounds, B then A in odd ones (A/B, B/A, A/B …).
 * Going first or second in a round is not neutral: a browser tab brought to the front, a disk cache
 * or a file just written favours one position, and with A always first that would count for or
 * against A every time. Each call returns its own samples (one duration, or many, e.g. one per
 * keystroke); they are collected per side, and kept per round for the ratio's range (ratioRange.ts).
 */
export async function alternate(a: () => Promise<number[]>, b: () => Promise<number[]>, { rounds, warmup = 1 }: { rounds: number; warmup?: number }): Promise<Alternated> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const result: Alternated = { a: [], b: [], rounds: [] };
  for (let i = 0; i < rounds; i++) {
    const round = i % 2 === 0 ? { a: await a(), b: await b() } : { b: await b(), a: await a() };
    result.a.push(...round.a);
    result.b.push(...round.b);
    result.rounds.push(round);
  }
  return result;
}

/** Times one call of `fn` (ms) as a one-sample list, for `alternate`. */
export async function timed(fn: () => unknown): Promise<number[]> {
  const start = performance.now();
  await fn();
  return [performance.now() - start];
}
