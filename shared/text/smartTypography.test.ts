import { describe, expect, it } from 'vitest';
import { smartenTyped, smartTypingEdit } from './smartTypography.ts';

describe('smart typography', () => {
  it('curls double quotes by context', () => {
    expect(smartenTyped('"Yes," she said. "No."')).toBe('\u201cYes,\u201d she said. \u201cNo.\u201d');
    expect(smartenTyped('("quoted")')).toBe('(\u201cquoted\u201d)');
  });

  it('curls single quotes and makes apostrophes', () => {
    expect(smartenTyped("It's the '90s, 'he said'")).toBe('It\u2019s the \u201890s, \u2018he said\u2019');
    expect(smartenTyped("rock 'n' roll")).toBe('rock \u2018n\u2019 roll');
  });

  it('opens a quote inside another and after dashes', () => {
    expect(smartenTyped('"He said \'no\'"')).toBe('\u201cHe said \u2018no\u2019\u201d');
    expect(smartenTyped('word\u2014"quote"')).toBe('word\u2014\u201cquote\u201d');
  });

  it('makes dashes: -- en, --- em, single hyphen stays', () => {
    expect(smartenTyped('pages 10--12')).toBe('pages 10\u201312');
    expect(smartenTyped('wait---what')).toBe('wait\u2014what');
    expect(smartenTyped('well-known')).toBe('well-known');
  });

  it('makes an ellipsis from three dots, and leaves one or two', () => {
    expect(smartenTyped('And then...')).toBe('And then\u2026');
    expect(smartenTyped('a. b..')).toBe('a. b..');
  });

  it('says what to delete and insert', () => {
    expect(smartTypingEdit('', '"')).toEqual({ deleteBefore: 0, insert: '\u201c' });
    expect(smartTypingEdit('x-', '-')).toEqual({ deleteBefore: 1, insert: '\u2013' });
    expect(smartTypingEdit('x..', '.')).toEqual({ deleteBefore: 2, insert: '\u2026' });
    expect(smartTypingEdit('x', 'a')).toBeNull();
  });
});
