import { describe, expect, it } from 'vitest';
import { wordTargetProgress } from './wordTargetProgress.ts';

describe('wordTargetProgress', () => {
  it('is nothing without a target', () => {
    expect(wordTargetProgress(500, 0)).toBeNull();
  });
  it('shows words against the target, with thousands separators', () => {
    expect(wordTargetProgress(812, 1000)).toEqual({ text: '812 / 1,000 words', fraction: 0.812, reached: false });
  });
  it('caps the meter once the target is passed', () => {
    expect(wordTargetProgress(1500, 1000)).toEqual({ text: '1,500 / 1,000 words', fraction: 1, reached: true });
  });
});
