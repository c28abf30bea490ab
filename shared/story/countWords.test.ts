import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './countWords.ts';
import { slugify } from './slugify.ts';

describe('countWords', () => {
  it('counts words, treating "U.S.-led" and "Iran’s" as one word each', () => {
    expect(countWords('the U.S.-led coalition and Iran’s top commander')).toBe(7);
    expect(countWords('  ')).toBe(0);
    expect(countWords('1,000 troops, 2.5 million euros')).toBe(5);
    expect(countWords('troops,soldiers')).toBe(2);
    expect(countWords('Ünïcode wörter, кириллица и العربية')).toBe(5);
  });
  it('gives at least one minute of reading for any text', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(460)).toBe(2);
  });
});

describe('slugify', () => {
  it('derives a slug from a headline', () => {
    expect(slugify('NATO to expand training mission in Iraq')).toBe('nato-to-expand-training-mission-in-iraq');
    expect(slugify('G7 condemns China’s large-scale drills')).toBe('g7-condemns-chinas-large-scale-drills');
    expect(slugify('Élan vital — über Straße!')).toBe('elan-vital-uber-strasse');
  });
});
