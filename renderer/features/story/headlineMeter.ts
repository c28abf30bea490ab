/** Headlines longer than this start to wrap badly on cards and in search results. */
export const HEADLINE_SOFT_LIMIT = 70;
/** Past this a headline is far too long for most placements. */
export const HEADLINE_HARD_WARNING = 90;

export type HeadlineLevel = 'ok' | 'over' | 'far-over';

/** How a headline of this many characters sits against the soft limit. */
export function headlineLevel(length: number): HeadlineLevel {
  if (length > HEADLINE_HARD_WARNING) return 'far-over';
  if (length > HEADLINE_SOFT_LIMIT) return 'over';
  return 'ok';
}

/** Characters as a reader sees them (an emoji or accented letter counts once). */
export function countCharacters(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
