import { describe, expect, it } from 'vitest';
import { escapeRegExp, findMatches, replaceMatches } from './findMatches.ts';

const plain = { matchCase: false, wholeWord: false };
const exact = { matchCase: true, wholeWord: false };
const words = { matchCase: false, wholeWord: true };

describe('findMatches', () => {
  it('finds nothing for an empty query', () => {
    expect(findMatches('anything', '', plain)).toEqual([]);
  });

  it('ignores case unless asked, in every script', () => {
    expect(findMatches('Paris, PARIS and paris', 'paris', plain)).toHaveLength(3);
    expect(findMatches('Paris, PARIS and paris', 'Paris', exact)).toEqual([{ from: 0, to: 5 }]);
    expect(findMatches('ÉTÉ été', 'été', plain)).toHaveLength(2);
    expect(findMatches('ÉTÉ été', 'été', exact)).toEqual([{ from: 4, to: 7 }]);
    expect(findMatches('МОСКВА москва', 'москва', plain)).toHaveLength(2);
  });

  it('keeps accents apart: "cafe" is not "café"', () => {
    expect(findMatches('café cafe', 'cafe', plain)).toEqual([{ from: 5, to: 9 }]);
  });

  it('finds whole words only when asked, with accented letters inside words', () => {
    expect(findMatches('art party Art', 'art', plain)).toHaveLength(3);
    expect(findMatches('art party Art', 'art', words)).toEqual([{ from: 0, to: 3 }, { from: 10, to: 13 }]);
    // \b would see "caf" + "é" and wrongly find "caf" as a word.
    expect(findMatches('café', 'caf', words)).toEqual([]);
    expect(findMatches('un café, deux cafés', 'café', words)).toEqual([{ from: 3, to: 7 }]);
    expect(findMatches('snake_case case', 'case', words)).toEqual([{ from: 11, to: 15 }]);
    expect(findMatches('“Rome”, (Rome) — Rome.', 'rome', words)).toHaveLength(3);
  });

  it('never overlaps matches', () => {
    expect(findMatches('aaaa', 'aa', plain)).toEqual([{ from: 0, to: 2 }, { from: 2, to: 4 }]);
    expect(findMatches('aaa', 'aa', plain)).toEqual([{ from: 0, to: 2 }]);
    expect(findMatches('abababa', 'aba', plain)).toEqual([{ from: 0, to: 3 }, { from: 4, to: 7 }]);
  });

  it('takes regex characters literally', () => {
    for (const query of ['a.b', '(x)', '[1]', 'a*', '$5', '^', 'c++', 'a|b', '\\d', '{2}', 'what?', '/path/', 'a-b']) {
      expect(findMatches(`xx ${query} yy`, query, plain)).toEqual([{ from: 3, to: 3 + query.length }]);
    }
    expect(findMatches('axb', 'a.b', plain)).toEqual([]);
    expect(new RegExp(escapeRegExp('[a-z]+')).test('[a-z]+')).toBe(true);
  });

  it('counts UTF-16 positions, so emoji and astral letters keep the offsets right', () => {
    expect(findMatches('😀 word', 'word', plain)).toEqual([{ from: 3, to: 7 }]);
  });
});

describe('replaceMatches', () => {
  it('replaces every match and counts them', () => {
    expect(replaceMatches('Paris, PARIS and paris', 'paris', 'Rome', plain)).toEqual({ text: 'Rome, Rome and Rome', count: 3 });
    expect(replaceMatches('aaaa', 'aa', 'a', plain)).toEqual({ text: 'aa', count: 2 });
  });

  it('takes the replacement literally', () => {
    expect(replaceMatches('cost', 'cost', '$& $1 $$', plain).text).toBe('$& $1 $$');
  });

  it('leaves text without a match untouched', () => {
    expect(replaceMatches('nothing here', 'zzz', 'y', plain)).toEqual({ text: 'nothing here', count: 0 });
  });

  it('respects whole words and case', () => {
    expect(replaceMatches('art Art party', 'art', 'craft', { matchCase: true, wholeWord: true }).text).toBe('craft Art party');
  });
});
