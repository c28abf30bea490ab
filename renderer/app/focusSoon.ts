const MAX_FRAMES = 30;

/**
 * Focuses an element once it exists: React draws after the state change that
 * asked for focus, so this looks on the next animation frames (about half a
 * second at most) and gives up quietly when the element never appears.
 */
export function focusSoon(find: () => HTMLElement | null | undefined, frames: number = MAX_FRAMES): void {
  const attempt = (left: number): void => {
    const element = find();
    if (element && element.isConnected && !(element as HTMLButtonElement).disabled) {
      element.focus();
      return;
    }
    if (left > 0) requestAnimationFrame(() => attempt(left - 1));
  };
  requestAnimationFrame(() => attempt(frames));
}

/** Shorthand: the first element matching `selector` inside `root` (the document by default). */
export function bySelector(selector: string, root: ParentNode = document): () => HTMLElement | null {
  return () => root.querySelector<HTMLElement>(selector);
}
