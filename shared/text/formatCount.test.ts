import { describe, expect, it } from 'vitest';
import { formatCount } from './formatCount.ts';

describe('formatCount', () => {
  it('groups thousands as toLocaleString("en") does', () => {
    for (const n of [0, 1, 12, 999, 1_000, 12_345, 100_000, 1_234_567, 20_000_000, -1, -4_321, Number.MAX_SAFE_INTEGER]) {
      expect(formatCount(n), String(n)).toBe(n.toLocaleString('en'));
    }
  });

  it('rounds a fraction to a whole number and leaves what is not a number readable', () => {
    expect(formatCount(1234.6)).toBe('1,235');
    expect(formatCount(Number.NaN)).toBe('NaN');
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });
});
