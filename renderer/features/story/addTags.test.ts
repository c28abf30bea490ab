import { describe, expect, it } from 'vitest';
import { addTags } from './addTags.ts';

describe('addTags', () => {
  it('splits on commas, trims, and skips empties and case-insensitive duplicates', () => {
    expect(addTags(['NATO'], ' Iraq, nato ,, Defence ')).toEqual(['NATO', 'Iraq', 'Defence']);
  });
});
