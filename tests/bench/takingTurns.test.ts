import { describe, expect, it } from 'vitest';
import { alternate } from './measure.ts';
import { takingTurns } from './takingTurns.ts';

describe('takingTurns', () => {
  it('gives each round of an alternating run the next instance of a side, in turn', async () => {
    const used: string[] = [];
    const side = (name: string) => (page: number) => {
      used.push(`${name}${page}`);
      return Promise.resolve([page]);
    };
    const result = await alternate(takingTurns([1, 2], side('ours')), takingTurns([1, 2], side('bare')), { rounds: 4, warmup: 0 });
    // Round 1 pairs the first pages, round 2 the second ones (B first, counterbalanced), then again.
    expect(used).toEqual(['ours1', 'bare1', 'bare2', 'ours2', 'ours1', 'bare1', 'bare2', 'ours2']);
    expect(result.rounds.map((round) => [round.a[0], round.b[0]])).toEqual([
      [1, 1],
      [2, 2],
      [1, 1],
      [2, 2],
    ]);
  });

  it('refuses an empty list', () => {
    expect(() => takingTurns([], () => Promise.resolve([]))).toThrow(/at least one/);
  });
});
