/** "1 word", "412 words". */
export function wordCountText(words: number): string {
  return `${words.toLocaleString()} ${words === 1 ? 'word' : 'words'}`;
}
