import { useLayoutEffect, type RefObject } from 'react';

/**
 * Lets a `position: sticky` element stick flush to the top edge of its scroll
 * area. Browsers stick it below the area's top padding, which leaves a strip where
 * the text shows above it; this sets `--nd-stick-top` to minus that padding.
 */
export function useStickToScrollTop(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const area = scrollArea(element);
      const padding = area ? parseFloat(getComputedStyle(area).paddingTop) || 0 : 0;
      element.style.setProperty('--nd-stick-top', `${-padding}px`);
    };
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [ref]);
}

function scrollArea(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}
