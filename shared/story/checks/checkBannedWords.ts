import type { BannedWord } from '../houseRules.ts';
import type { DeskFinding } from './deskProblem.ts';
import { matchPattern, type PatternMatch } from './matchPattern.ts';
import type { TextSpan } from './storyTextSpans.ts';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function bannedPattern(banned: BannedWord): RegExp {
  const words = banned.word.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, banned.caseSensitive ? 'gu' : 'giu');
}

/** Where a banned word or phrase appears as whole words (any run of white space matches a space in it). */
export function findBannedWord(text: string, banned: BannedWord): PatternMatch[] {
  return matchPattern(text, bannedPattern(banned));
}

/** Each use of a word the house rules ban, with the suggested replacement. Warnings, in text order. */
export function checkBannedWords(spans: TextSpan[], bannedWords: BannedWord[]): DeskFinding[] {
  // Each pattern is built once for the whole story, not once per paragraph.
  const patterns = bannedWords.map((banned) => ({ banned, pattern: bannedPattern(banned) }));
  return spans.flatMap((span) =>
    patterns
      .flatMap(({ banned, pattern }) => matchPattern(span.text, pattern).map((m) => ({ m, banned })))
      .sort((a, b) => a.m.from - b.m.from)
      .map(({ m, banned }) => ({
        rule: 'banned-word' as const,
        severity: 'warning' as const,
        message:
          banned.suggestion.trim() === ''
            ? `${span.where}: “${m.match}” is not house style`
            : `${span.where}: “${m.match}” is not house style; write “${banned.suggestion}”`,
        target: span.target(m.from, m.to),
      })),
  );
}
