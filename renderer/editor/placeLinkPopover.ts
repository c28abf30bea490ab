/** A rectangle in viewport pixels. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PopoverPlacement {
  top: number;
  left: number;
  /** Where the form sits relative to the linked text. */
  side: 'below' | 'above';
}

const GAP = 8;

/**
 * Places the link form (size `width` x `height`) under the target text, or above
 * it when there is no room below, always wholly inside `bounds` (the visible part
 * of the editor, less the status bar). All values are viewport pixels.
 */
export function placeLinkPopover(target: Box, size: { width: number; height: number }, bounds: Box): PopoverPlacement {
  const roomBelow = bounds.bottom - (target.bottom + GAP);
  const roomAbove = target.top - GAP - bounds.top;
  const side = roomBelow >= size.height || roomBelow >= roomAbove ? 'below' : 'above';
  const wanted = side === 'below' ? target.bottom + GAP : target.top - GAP - size.height;
  const top = clamp(wanted, bounds.top + GAP, bounds.bottom - GAP - size.height);
  const left = clamp(target.left, bounds.left + GAP, bounds.right - GAP - size.width);
  return { top: Math.round(top), left: Math.round(left), side };
}

// When the box is smaller than the form, the top/left edge wins so the form's start stays visible.
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
