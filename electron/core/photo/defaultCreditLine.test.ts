import { describe, expect, it } from 'vitest';
import { defaultCreditLine } from './defaultCreditLine.ts';

describe('defaultCreditLine', () => {
  it('prints what the photo editor set, even when source and creator exist', () => {
    expect(defaultCreditLine({ creditLine: ' Photo: Jane Doe ', source: 'EPA', creator: 'MAURIZIO GAMBARINI' })).toBe('Photo: Jane Doe');
  });

  it('falls back to SOURCE/CREATOR, the reference page convention', () => {
    expect(defaultCreditLine({ creditLine: '', source: 'EPA', creator: 'MAURIZIO GAMBARINI' })).toBe('EPA/MAURIZIO GAMBARINI');
    expect(defaultCreditLine({ creditLine: '   ', source: ' EPA ', creator: 'MAURIZIO GAMBARINI' })).toBe('EPA/MAURIZIO GAMBARINI');
  });

  it('uses whichever of source and creator exists, else an empty string', () => {
    expect(defaultCreditLine({ creditLine: null, source: 'Reuters', creator: null })).toBe('Reuters');
    expect(defaultCreditLine({ source: '', creator: 'Ann Lee' })).toBe('Ann Lee');
    expect(defaultCreditLine({ creditLine: null, source: null, creator: '  ' })).toBe('');
    expect(defaultCreditLine({})).toBe('');
  });
});
