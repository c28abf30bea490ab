import { describe, expect, it } from 'vitest';
import { alternate } from './measure.ts';

describe('alternate', () => {
  it('runs the sides in counterbalanced order (A/B, B/A, …) and keeps each round’s samples with its side', async () => {
    const calls: string[] = [];
    let n = 0;
    const side = (name: string) => () => {
      calls.push(name);
      n++;
      return Promise.resolve([n]);
    };
    const result = await alternate(side('a'), side('b'), { rounds: 4, warmup: 1 });
    // The warm-up round, then A first in even rounds and B first in odd ones.
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'b', 'a', 'a', 'b', 'b', 'a']);
    // Each sample stays with the side that produced it, whichever went first.
    expect(result.rounds).toEqual([
      { a: [3], b: [4] },
      { a: [6], b: [5] },
      { a: [7], b: [8] },
      { a: [10], b: [9] },
    ]);
    expect(result.a).toEqual([3, 6, 7, 10]);
    expect(result.b).toEqual([4, 5, 8, 9]);
  });
});
