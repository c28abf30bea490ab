import type { DeskFinding } from './deskProblem.ts';
import { matchPattern, type PatternMatch } from './matchPattern.ts';
import { quoteAround, type TextSpan } from './storyTextSpans.ts';

/** Each straight double or single quote (typewriter " and '). */
export function findStraightQuotes(text: string): PatternMatch[] {
  return matchPattern(text, /["']/g);
}

/** Only when house style wants curly quotes: each straight one is a warning, with the curly one to use. */
export function checkStraightQuotes(spans: TextSpan[], curlyQuotes: boolean): DeskFinding[] {
  if (!curlyQuotes) return [];
  return spans.flatMap((span) =>
    findStraightQuotes(span.text).map((m) => ({
      rule: 'straight-quote' as const,
      severity: 'warning' as const,
      message: `${span.where}: straight quote ${m.match} where house style wants ${m.match === '"' ? '“ or ”' : '‘ or ’'} (“${quoteAround(span.text, m.from, m.to)}”)`,
      target: span.target(m.from, m.to),
    })),
  );
}
