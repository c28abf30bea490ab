import { formatCount } from '@shared/text/formatCount.ts';

/** Progress towards a word target: the text for the stats bar and how full the meter is (0..1, capped). */
export function wordTargetProgress(words: number, target: number): { text: string; fraction: number; reached: boolean } | null {
  if (target <= 0) return null;
  return {
    text: `${formatCount(words)} / ${formatCount(target)} words`,
    fraction: Math.min(1, words / target),
    reached: words >= target,
  };
}
