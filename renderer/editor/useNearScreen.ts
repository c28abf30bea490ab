import { useEffect, useState, type RefObject } from 'react';

/** How far outside the visible area a block counts as near: about a screen above and below. */
const NEAR_MARGIN = '1000px 0px';

/**
 * True once the element (or the node view block holding it, `.nd-node`) has come within about a
 * screen of the visible area, and from then on. A long story's figures fetch what they only show
 * on screen (a picture's pixel facts) as the writer scrolls to them, instead of forty requests
 * at once while the story opens. Where IntersectionObserver is missing it is true at once.
 */
export function useNearScreen(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    // The block itself: its contents are not laid out while it is off screen (content-visibility).
    const target = element.closest<HTMLElement>('.nd-node') ?? element;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          setNear(true);
        }
      },
      // scrollMargin: the story scrolls in its own area, whose edge would otherwise clip at zero margin.
      { rootMargin: NEAR_MARGIN, scrollMargin: NEAR_MARGIN } as IntersectionObserverInit,
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}
