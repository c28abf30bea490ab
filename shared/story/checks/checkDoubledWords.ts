import type { DeskFinding } from './deskProblem.ts';
import type { PatternMatch } from './matchPattern.ts';
import type { TextSpan } from './storyTextSpans.ts';

/** A word, white space, the same word again (any case): "the the", "The the". */
const DOUBLED = /(?<![\p{L}\p{N}'’-])(\p{L}[\p{L}\p{N}'’]*)[ \t\u00a0]+\1(?![\p{L}\p{N}'’-])/giu;

/** Each doubled word, covering both copies and the space between. */
export function findDoubledWords(text: string): PatternMatch[] {
  return [...text.matchAll(DOUBLED)].map((m) => ({ from: m.index, to: m.index + m[0].length, match: m[0] }));
}

/** "the the": almost always a slip. A warning, since "had had" can be meant. */
export function checkDoubledWords(spans: TextSpan[]): DeskFinding[] {
  return spans.flatMap((span) =>
    findDoubledWords(span.text).map((m) => ({
      rule: 'doubled-word' as const,
      severity: 'warning' as const,
      message: `${span.where}: doubled word “${m.match.replace(/\s+/g, ' ')}”`,
      target: span.target(m.from, m.to),
    })),
  );
}
