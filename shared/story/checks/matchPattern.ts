/** A match of a text rule: UTF-16 offsets into the text, and what was matched. */
export interface PatternMatch {
  from: number;
  to: number;
  match: string;
}

/** Every match of a global regular expression, as offset ranges. Empty matches are skipped. */
export function matchPattern(text: string, pattern: RegExp, group = 0): PatternMatch[] {
  if (!pattern.global) throw new Error('matchPattern needs a global pattern');
  const found: PatternMatch[] = [];
  for (const m of text.matchAll(pattern)) {
    const match = m[group];
    if (match === undefined || match === '') continue;
    const from = m.index + (group === 0 ? 0 : m[0].indexOf(match));
    found.push({ from, to: from + match.length, match });
  }
  return found;
}
