import type { DeskFinding } from './deskProblem.ts';
import { matchPattern, type PatternMatch } from './matchPattern.ts';
import { quoteAround, type TextSpan } from './storyTextSpans.ts';

/** "TK" (or "TKTK") as a word of its own, in capitals: newsroom shorthand for "to come". */
const TK = /(?<![\p{L}\p{N}])(?:TK)+(?![\p{L}\p{N}])/gu;

/** Where the text still has a TK placeholder. */
export function findPlaceholders(text: string): PatternMatch[] {
  return matchPattern(text, TK);
}

/** A TK left anywhere in the headline, kicker, standfirst or body is an error: copy is still to come. */
export function checkPlaceholders(spans: TextSpan[]): DeskFinding[] {
  return spans.flatMap((span) =>
    findPlaceholders(span.text).map((m) => ({
      rule: 'placeholder' as const,
      severity: 'error' as const,
      message: `${span.where}: “${m.match}” placeholder, copy still to come (“${quoteAround(span.text, m.from, m.to)}”)`,
      target: span.target(m.from, m.to),
    })),
  );
}
