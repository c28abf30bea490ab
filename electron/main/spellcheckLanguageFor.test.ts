import { describe, expect, it } from 'vitest';
import { spellcheckLanguageFor } from './spellcheckLanguageFor.ts';

const available = ['de', 'en-AU', 'en-GB', 'en-US', 'fr', 'pt-BR'];

describe('spellcheckLanguageFor', () => {
  it('takes the same tag, in any case', () => {
    expect(spellcheckLanguageFor('en-GB', available)).toBe('en-GB');
    expect(spellcheckLanguageFor('EN-gb', available)).toBe('en-GB');
  });
  it('falls back to the bare language, then any variant of it', () => {
    expect(spellcheckLanguageFor('de-CH', available)).toBe('de');
    expect(spellcheckLanguageFor('pt', available)).toBe('pt-BR');
  });
  it('is null for a language Electron has no dictionary for', () => {
    expect(spellcheckLanguageFor('gsw', available)).toBeNull();
  });
});
