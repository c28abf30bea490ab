import { useEffect, useState } from 'react';
import { afterNextPaint } from '../../app/afterNextPaint.ts';

/**
 * False until the first frame after mounting has been painted, then true. For the parts of a
 * screen that may follow its main content a frame later: opening a story draws the text first,
 * and the side panel (dozens of inputs) right after, instead of making both wait for each other.
 */
export function useAfterFirstFrame(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => afterNextPaint(() => setReady(true)), []);
  return ready;
}
