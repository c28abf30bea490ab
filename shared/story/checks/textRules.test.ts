import { describe, expect, it } from 'vitest';
import type { BodyDoc } from '../bodySchema.ts';
import { checkAdSlots } from './checkAdSlots.ts';
import { checkBannedWords, findBannedWord } from './checkBannedWords.ts';
import { checkDoubledWords, findDoubledWords } from './checkDoubledWords.ts';
import { checkDoubleSpaces, findDoubleSpaces } from './checkDoubleSpaces.ts';
import { checkEdgeParagraphs } from './checkEdgeParagraphs.ts';
import { checkFieldLimits } from './checkFieldLimits.ts';
import { checkLinks } from './checkLinks.ts';
import { checkPlaceholders, findPlaceholders } from './checkPlaceholders.ts';
import { checkStraightQuotes, findStraightQuotes } from './checkStraightQuotes.ts';
import { storyTextSpans } from './storyTextSpans.ts';

const text = (t: string, marks?: { type: 'link'; attrs: { href: string } }[]) => ({ type: 'text' as const, text: t, ...(marks ? { marks } : {}) });
const para = (...content: ReturnType<typeof text>[]) => ({ type: 'paragraph' as const, ...(content.length ? { content } : {}) });
const doc = (...content: BodyDoc['content']): BodyDoc => ({ type: 'doc', content });
const fields = { kicker: '', headline: 'A headline', standfirst: '' };
const spans = (body: BodyDoc, f: Partial<typeof fields> = {}) => storyTextSpans({ ...fields, ...f, body });

describe('TK placeholders', () => {
  it('finds TK and TKTK as words, in capitals only', () => {
    expect(findPlaceholders('Born in TK, aged TKTK. TKO, atk, tk and TK.')).toEqual([
      { from: 8, to: 10, match: 'TK' },
      { from: 17, to: 21, match: 'TKTK' },
      { from: 40, to: 42, match: 'TK' },
    ]);
  });
  it('points at ProseMirror positions in the body and offsets in fields, as errors', () => {
    const found = checkPlaceholders(spans(doc(para(text('Hello.')), para(text('Aged TK.'))), { headline: 'TK to come' }));
    expect(found.map((f) => [f.severity, f.target])).toEqual([
      ['error', { kind: 'field', field: 'headline', from: 0, to: 2 }],
      // paragraph 1 is 0..8 (6 letters + 2); paragraph 2 starts at 8, its text at 9: "Aged " is 5, so TK is 14..16.
      ['error', { kind: 'body', from: 14, to: 16 }],
    ]);
    expect(found[1]?.message).toBe('Body, paragraph 2: “TK” placeholder, copy still to come (“Aged TK.”)');
  });
});

describe('doubled words', () => {
  it('finds a doubled word in any case, covering both copies, and not a word inside another', () => {
    expect(findDoubledWords('The the cat sat on on  the mat; this is thisis, is island.')).toEqual([
      { from: 0, to: 7, match: 'The the' },
      { from: 16, to: 21, match: 'on on' },
    ]);
    expect(findDoubledWords('the theory')).toEqual([]);
  });
  it('reports warnings with body positions', () => {
    expect(checkDoubledWords(spans(doc(para(text('said that that day')))))).toEqual([
      { rule: 'doubled-word', severity: 'warning', message: 'Body, paragraph 1: doubled word “that that”', target: { kind: 'body', from: 6, to: 15 } },
    ]);
  });
});

describe('straight quotes', () => {
  it('finds each straight quote, and only when house style wants curly ones', () => {
    expect(findStraightQuotes(`He said "don't".`)).toEqual([
      { from: 8, to: 9, match: '"' },
      { from: 12, to: 13, match: "'" },
      { from: 14, to: 15, match: '"' },
    ]);
    const s = spans(doc(para(text('“Fine,” he said. "No."'))));
    expect(checkStraightQuotes(s, false)).toEqual([]);
    expect(checkStraightQuotes(s, true).map((f) => f.target)).toEqual([
      { kind: 'body', from: 18, to: 19 },
      { kind: 'body', from: 22, to: 23 },
    ]);
  });
});

describe('double spaces', () => {
  it('finds runs of two or more spaces, non-breaking ones too', () => {
    expect(findDoubleSpaces('a  b c\u00a0 d   e')).toEqual([
      { from: 1, to: 3, match: '  ' },
      { from: 6, to: 8, match: '\u00a0 ' },
      { from: 9, to: 12, match: '   ' },
    ]);
    expect(checkDoubleSpaces(spans(doc(), { standfirst: 'One.  Two.' }))[0]).toMatchObject({
      severity: 'warning',
      message: 'Standfirst: 2 spaces in a row (“One. Two.”)',
      target: { kind: 'field', field: 'standfirst', from: 4, to: 6 },
    });
  });
});

describe('banned words', () => {
  it('matches whole words and phrases, ignoring case unless asked', () => {
    const utilise = { word: 'utilise', suggestion: 'use', caseSensitive: false };
    expect(findBannedWord('Utilise it; utilised; UTILISE', utilise)).toEqual([
      { from: 0, to: 7, match: 'Utilise' },
      { from: 22, to: 29, match: 'UTILISE' },
    ]);
    expect(findBannedWord('In order  to win, in order to', { word: 'in order to', suggestion: 'to', caseSensitive: true })).toEqual([{ from: 18, to: 29, match: 'in order to' }]);
    // Letters of the rule are literal: a dot is a dot.
    expect(findBannedWord('a.b axb', { word: 'a.b', suggestion: '', caseSensitive: false })).toEqual([{ from: 0, to: 3, match: 'a.b' }]);
  });
  it('names the suggested replacement, in text order across rules', () => {
    const found = checkBannedWords(spans(doc(para(text('We will utilise the slated plan.')))), [
      { word: 'slated', suggestion: 'criticised', caseSensitive: false },
      { word: 'utilise', suggestion: 'use', caseSensitive: false },
    ]);
    expect(found).toEqual([
      { rule: 'banned-word', severity: 'warning', message: 'Body, paragraph 1: “utilise” is not house style; write “use”', target: { kind: 'body', from: 9, to: 16 } },
      { rule: 'banned-word', severity: 'warning', message: 'Body, paragraph 1: “slated” is not house style; write “criticised”', target: { kind: 'body', from: 21, to: 27 } },
    ]);
  });
});

describe('headline and standfirst limits', () => {
  it('reports an empty headline as an error and overruns as warnings pointing past the limit', () => {
    const rules = { headlineMax: 10, standfirstMax: 20 };
    expect(checkFieldLimits({ kicker: '', headline: '  ', standfirst: '' }, rules)).toEqual([
      { rule: 'missing-headline', severity: 'error', message: 'The headline is empty', target: { kind: 'field', field: 'headline', from: 0, to: 2 } },
    ]);
    // Emoji count once: "👋🏽" is two characters to a reader here (hand + skin tone), four UTF-16 units.
    const found = checkFieldLimits({ kicker: '', headline: '👋🏽 12345678 too long', standfirst: 'x'.repeat(21) }, rules);
    expect(found).toEqual([
      { rule: 'headline-too-long', severity: 'warning', message: 'Headline: 20 characters, 10 over the house limit of 10', target: { kind: 'field', field: 'headline', from: 12, to: 22 } },
      { rule: 'standfirst-too-long', severity: 'warning', message: 'Standfirst: 21 characters, 1 over the house limit of 20', target: { kind: 'field', field: 'standfirst', from: 20, to: 21 } },
    ]);
    expect(checkFieldLimits({ kicker: '', headline: 'x'.repeat(10), standfirst: 'x'.repeat(20) }, rules)).toEqual([]);
  });
});

describe('empty paragraphs at the edges', () => {
  it('flags empty paragraphs before the first and after the last block, not in between', () => {
    const body = doc(para(), para(text('  ')), para(text('Text')), para(), para(text('More')), para());
    expect(checkEdgeParagraphs(body).map((f) => [f.message, f.target])).toEqual([
      ['Body: empty paragraph at the start', { kind: 'body', from: 0, to: 2 }],
      ['Body: empty paragraph at the start', { kind: 'body', from: 2, to: 6 }],
      ['Body: empty paragraph at the end', { kind: 'body', from: 20, to: 22 }],
    ]);
    expect(checkEdgeParagraphs(doc(para(), para()))).toEqual([]);
  });
});

describe('links', () => {
  it('flags links that lead nowhere (errors) and links without text (warnings), merging runs of one link', () => {
    const web = [{ type: 'link' as const, attrs: { href: 'https://example.com/a' } }];
    const body = doc(
      para(text('See '), text('this', web), text(' and '), text('that', [{ type: 'link', attrs: { href: 'ftp://files' } }])),
      para(text(' ', [{ type: 'link', attrs: { href: 'mailto:desk@example.com' } }]), text('x', [{ type: 'link', attrs: { href: 'https://' } }])),
    );
    expect(checkLinks(body).map((f) => [f.rule, f.severity, f.target])).toEqual([
      ['bad-link', 'error', { kind: 'body', from: 14, to: 18 }],
      ['empty-link-text', 'warning', { kind: 'body', from: 20, to: 21 }],
      ['bad-link', 'error', { kind: 'body', from: 21, to: 22 }],
    ]);
    expect(checkLinks(doc(para(text('fine', web), text('too', web))))).toEqual([]);
  });
});

describe('ad slots', () => {
  it('flags an ad slot as the first block and one directly after another', () => {
    const body = doc({ type: 'adSlot' }, para(text('Text')), { type: 'adSlot' }, { type: 'adSlot' }, para(text('More')), { type: 'adSlot' });
    expect(checkAdSlots(body).map((f) => [f.rule, f.target])).toEqual([
      ['ad-slot-first', { kind: 'body', from: 0, to: 1 }],
      ['ad-slot-after-ad-slot', { kind: 'body', from: 8, to: 9 }],
    ]);
  });
});
