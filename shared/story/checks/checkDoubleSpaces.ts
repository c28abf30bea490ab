import type { DeskFinding } from './deskProblem.ts';
import { matchPattern, type PatternMatch } from './matchPattern.ts';
import { quoteAround, type TextSpan } from './storyTextSpans.ts';

/** Each run of two or more spaces (non-breaking ones included). */
export function findDoubleSpaces(text: string): PatternMatch[] {
  return matchPattern(text, /[ \u00a0]{2,}/g);
}

/** Two spaces where one belongs: a warning per run. */
export function checkDoubleSpaces(spans: TextSpan[]): DeskFinding[] {
  // A field of nothing but spaces is empty, which other rules report.
  return spans.flatMap((span) =>
    span.text.trim() === ''
      ? []
      : findDoubleSpaces(span.text).map((m) => ({
          rule: 'double-space' as const,
          severity: 'warning' as const,
          message: `${span.where}: ${m.match.length} spaces in a row (“${quoteAround(span.text, m.from, m.to)}”)`,
          target: span.target(m.from, m.to),
        })),
  );
}
