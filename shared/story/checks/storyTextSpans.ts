import type { Story } from '../storySchema.ts';
import { bodyTextBlocks } from './bodyPositions.ts';
import type { DeskTarget, TextField } from './deskProblem.ts';

/** A piece of the story's text that the text rules read, and how an offset in it becomes a target. */
export interface TextSpan {
  /** How messages name the place: "Headline", "Body, paragraph 3". */
  where: string;
  text: string;
  target: (from: number, to: number) => DeskTarget;
}

const FIELD_LABELS: Record<TextField, string> = { kicker: 'Kicker', headline: 'Headline', standfirst: 'Standfirst' };
const BLOCK_LABELS = { paragraph: 'paragraph', heading: 'subheading', pullQuote: 'pull quote' } as const;

/** The kicker, headline, standfirst and each body textblock, in reading order. Pure. */
export function storyTextSpans(story: Pick<Story, TextField | 'body'>): TextSpan[] {
  const spans: TextSpan[] = (['kicker', 'headline', 'standfirst'] as const).map((field) => ({
    where: FIELD_LABELS[field],
    text: story[field],
    target: (from, to) => ({ kind: 'field', field, from, to }),
  }));
  const counts = { paragraph: 0, heading: 0, pullQuote: 0 };
  for (const block of bodyTextBlocks(story.body)) {
    counts[block.type] += 1;
    spans.push({
      where: `Body, ${BLOCK_LABELS[block.type]} ${counts[block.type]}`,
      text: block.text,
      target: (from, to) => ({ kind: 'body', from: block.start + from, to: block.start + to }),
    });
  }
  return spans;
}

/** A short quote of the text around a range, for messages: "…the the…". */
export function quoteAround(text: string, from: number, to: number, context = 12): string {
  const start = Math.max(0, from - context);
  const end = Math.min(text.length, to + context);
  const inner = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${inner}${end < text.length ? '…' : ''}`;
}
