import { describe, expect, it } from 'vitest';
import { countCharacters, headlineLevel } from './headlineMeter.ts';

describe('headlineLevel', () => {
  it('is ok up to 70 characters, amber past it, red past 90', () => {
    expect(headlineLevel(70)).toBe('ok');
    expect(headlineLevel(71)).toBe('over');
    expect(headlineLevel(91)).toBe('far-over');
  });
  it('counts an emoji as one character', () => {
    expect(countCharacters('NATO 🇪🇺'.slice(0, 7))).toBe(6);
    expect(countCharacters('😀')).toBe(1);
  });
});
