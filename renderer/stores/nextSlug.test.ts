import { describe, expect, it } from 'vitest';
import { cleanSlugInput, nextSlug } from './nextSlug.ts';

describe('nextSlug', () => {
  it('follows the headline while the slug is empty', () => {
    expect(nextSlug('', 'NATO to expand', '')).toBe('nato-to-expand');
  });
  it('keeps following while the slug still equals the slug of the previous headline', () => {
    expect(nextSlug('NATO to expand', 'NATO to expand training', 'nato-to-expand')).toBe('nato-to-expand-training');
  });
  it('stops following once the user has edited the slug', () => {
    expect(nextSlug('NATO to expand', 'NATO to expand training', 'nato-iraq')).toBe('nato-iraq');
  });
  it('follows again after the user clears the slug', () => {
    expect(nextSlug('NATO to expand', 'NATO in Iraq', '')).toBe('nato-in-iraq');
  });
});

describe('cleanSlugInput', () => {
  it('turns typed text into a valid slug', () => {
    expect(cleanSlugInput('  NATO Iraq--Mission! ')).toBe('nato-iraq-mission');
    expect(cleanSlugInput('nato-')).toBe('nato');
  });
});
