import { formatCount } from '@shared/text/formatCount.ts';

/** "1 word", "412 words". */
export function wordCountText(words: number): string {
  return `${formatCount(words)} ${words === 1 ? 'word' : 'words'}`;
}
