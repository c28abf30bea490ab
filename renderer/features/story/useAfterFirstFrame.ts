import { useEffect, useState } from 'react';

/**
 * False until the first frame after mounting has been painted, then true. For the parts of a
 * screen that may follow its main content a frame later: opening a story draws the text first,
 * and the side panel (dozens of inputs) right after, instead of making both wait for each other.
 */
export function useAfterFirstFrame(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A timer set during a frame's animation callbacks fires once that frame is on screen.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return ready;
}
