import type { HouseRules } from '../houseRules.ts';
import type { Story } from '../storySchema.ts';
import type { DeskFinding, TextField } from './deskProblem.ts';

/** The UTF-16 offset where the character after the first `limit` characters starts (emoji count once). */
function offsetAfterCharacters(text: string, limit: number): number {
  let count = 0;
  let offset = 0;
  for (const ch of text) {
    if (count === limit) return offset;
    count += 1;
    offset += ch.length;
  }
  return offset;
}

function characterCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function overLimit(story: Pick<Story, TextField>, field: 'headline' | 'standfirst', limit: number): DeskFinding[] {
  const text = story[field];
  const count = characterCount(text);
  if (count <= limit) return [];
  const label = field === 'headline' ? 'Headline' : 'Standfirst';
  return [
    {
      rule: field === 'headline' ? 'headline-too-long' : 'standfirst-too-long',
      severity: 'warning',
      message: `${label}: ${count} characters, ${count - limit} over the house limit of ${limit}`,
      // The part past the limit, so the jump shows what has to go.
      target: { kind: 'field', field, from: offsetAfterCharacters(text, limit), to: text.length },
    },
  ];
}

/**
 * An empty headline (an error: the page has no title) and a headline or standfirst longer than the
 * house rules allow (warnings pointing at the characters past the limit). Characters are counted
 * as a reader sees them.
 */
export function checkFieldLimits(story: Pick<Story, TextField>, rules: Pick<HouseRules, 'headlineMax' | 'standfirstMax'>): DeskFinding[] {
  const findings: DeskFinding[] = [];
  if (story.headline.trim() === '') {
    findings.push({
      rule: 'missing-headline',
      severity: 'error',
      message: 'The headline is empty',
      target: { kind: 'field', field: 'headline', from: 0, to: story.headline.length },
    });
  }
  findings.push(...overLimit(story, 'headline', rules.headlineMax), ...overLimit(story, 'standfirst', rules.standfirstMax));
  return findings;
}
