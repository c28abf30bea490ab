/** The nearest ancestor of `element` that scrolls vertically (the story's own scroll area), or null. */
export function scrollArea(element: Element): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}
