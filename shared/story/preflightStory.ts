import { checkAdSlots } from './checks/checkAdSlots.ts';
import { checkBannedWords } from './checks/checkBannedWords.ts';
import { checkDoubledWords } from './checks/checkDoubledWords.ts';
import { checkDoubleSpaces } from './checks/checkDoubleSpaces.ts';
import { checkEdgeParagraphs } from './checks/checkEdgeParagraphs.ts';
import { checkFieldLimits } from './checks/checkFieldLimits.ts';
import { checkLinks } from './checks/checkLinks.ts';
import { checkPictures } from './checks/checkPictures.ts';
import { checkPlaceholders } from './checks/checkPlaceholders.ts';
import { checkRailItems } from './checks/checkRailItems.ts';
import { checkStraightQuotes } from './checks/checkStraightQuotes.ts';
import type { DeskFinding, DeskProblem, DeskTarget } from './checks/deskProblem.ts';
import { storyTextSpans } from './checks/storyTextSpans.ts';
import type { HouseRules } from './houseRules.ts';
import { DEFAULT_HOUSE_RULES } from './defaultHouseRules.ts';
import type { Story } from './storySchema.ts';

export type { DeskProblem, DeskRule, DeskSeverity, DeskTarget } from './checks/deskProblem.ts';

/**
 * The picture-and-rail targets the photo panel and its "Show" links use (1-based indexes).
 * Every DeskTarget of kind hero, figure or rail-item is one of these.
 */
export type PreflightTarget =
  | { kind: 'headline' }
  | { kind: 'hero' }
  | { kind: 'figure'; index: number }
  | { kind: 'rail-item'; railIndex: number; itemIndex: number };

/** The story as the checks read it (the editor hands its live fields and body). */
export type CheckableStory = Pick<Story, 'kicker' | 'headline' | 'standfirst' | 'hero' | 'body' | 'rails'>;

const FIELD_RANK = { kicker: 0, headline: 1, standfirst: 2 } as const;

/** Reading order: kicker, headline, standfirst, hero, body (by position), rails. */
function readingKey(target: DeskTarget): [number, number, number] {
  switch (target.kind) {
    case 'field':
      return [FIELD_RANK[target.field], target.from, 0];
    case 'hero':
      return [3, 0, 0];
    case 'body':
      return [4, target.from, 0];
    case 'figure':
      return [4, target.pos, 0];
    case 'rail-item':
      return [5, target.railIndex, target.itemIndex];
  }
}

function compareReading(a: DeskFinding, b: DeskFinding): number {
  const ka = readingKey(a.target);
  const kb = readingKey(b.target);
  return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
}

function targetKey(target: DeskTarget): string {
  switch (target.kind) {
    case 'field':
      return `${target.field}:${target.from}-${target.to}`;
    case 'body':
      return `body:${target.from}-${target.to}`;
    case 'hero':
      return 'hero';
    case 'figure':
      return `figure:${target.index}`;
    case 'rail-item':
      return `rail:${target.railIndex}:${target.itemIndex}`;
  }
}

/**
 * The desk's preflight, shared by the Checks tab, the export dialog and `newsdesk check`:
 * every problem in the story under the given house rules, in reading order (problems at the same
 * place keep the order of the rules). Text rules read the kicker, headline, standfirst and body:
 * TK placeholders, doubled words, straight quotes (when house style wants curly ones), double
 * spaces, banned words; then the headline and standfirst limits, empty edge paragraphs, links,
 * ad slots, the photo desk's picture checks (slots with no file are skipped) and rail items.
 * An empty list means the story is ready. Pure.
 */
export function preflightStory(story: CheckableStory, rules: HouseRules = DEFAULT_HOUSE_RULES): DeskProblem[] {
  const spans = storyTextSpans(story);
  const findings: DeskFinding[] = [
    ...checkFieldLimits(story, rules),
    ...checkPlaceholders(spans),
    ...checkDoubledWords(spans),
    ...checkStraightQuotes(spans, rules.curlyQuotes),
    ...checkDoubleSpaces(spans),
    ...checkBannedWords(spans, rules.bannedWords),
    ...checkEdgeParagraphs(story.body),
    ...checkLinks(story.body),
    ...checkAdSlots(story.body),
    ...checkPictures(story),
    ...checkRailItems(story),
  ];
  // Array.prototype.sort is stable, so problems at one place keep the rules' order.
  const sorted = findings.sort(compareReading);
  const seen = new Map<string, number>();
  return sorted.map((finding) => {
    const key = `${finding.rule}@${targetKey(finding.target)}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return { id: n === 1 ? key : `${key}#${n}`, ...finding };
  });
}

/** How many of the problems are errors and how many warnings. */
export function countBySeverity(problems: DeskProblem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}
