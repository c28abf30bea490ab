/** How a search treats letters and word edges. */
export interface FindOptions {
  /** "Paris" finds only "Paris", not "PARIS". */
  matchCase: boolean;
  /** "art" does not find the "art" in "party"; letters in every script (é, ß, ж) count as word letters. */
  wholeWord: boolean;
}

/** One match: `from` inclusive, `to` exclusive, in UTF-16 code units of the searched text. */
export interface TextMatch {
  from: number;
  to: number;
}

// Letters, marks and digits of any script, plus the underscore: what a "word" is made of.
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';

/** The query as a literal pattern: every character that means something to RegExp is escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The regular expression a search runs, or null for an empty query. The query is always literal
 * (typing "a.b" never finds "axb"); whole words use Unicode-aware edges because `\b` is ASCII-only
 * and would treat "café" as ending at "caf".
 */
export function findPattern(query: string, options: FindOptions): RegExp | null {
  if (query === '') return null;
  const literal = escapeRegExp(query);
  const source = options.wholeWord ? `(?<!${WORD_CHAR})${literal}(?!${WORD_CHAR})` : literal;
  return new RegExp(source, options.matchCase ? 'gu' : 'giu');
}

/**
 * Every match of `query` in `text`, left to right and never overlapping (in "aaaa", "aa" is found
 * twice: at 0 and 2), as a replace would see them.
 */
export function findMatches(text: string, query: string, options: FindOptions): TextMatch[] {
  const pattern = findPattern(query, options);
  if (!pattern) return [];
  const matches: TextMatch[] = [];
  for (const m of text.matchAll(pattern)) {
    matches.push({ from: m.index, to: m.index + m[0].length });
  }
  return matches;
}

/**
 * `text` with every match replaced by `replacement`, taken literally ("$&" stays "$&"), and how many
 * were replaced.
 */
export function replaceMatches(text: string, query: string, replacement: string, options: FindOptions): { text: string; count: number } {
  const matches = findMatches(text, query, options);
  if (matches.length === 0) return { text, count: 0 };
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.from) + replacement;
    at = m.to;
  }
  return { text: out + text.slice(at), count: matches.length };
}
