import type { Rectangle } from 'electron';

/** The window size used on first start, or when the remembered place is off every screen. */
export const DEFAULT_WINDOW_SIZE = { width: 1360, height: 900 };

/**
 * The remembered bounds, if they are sane numbers and at least 100×100 px of
 * the window would be visible on one of the screens' work areas (a monitor
 * may have been unplugged since). Otherwise null, meaning "centre a default window".
 */
export function visibleBounds(saved: unknown, workAreas: readonly Rectangle[]): Rectangle | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const { x, y, width, height } = saved as Record<string, unknown>;
  if (![x, y, width, height].every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  const bounds = { x, y, width, height } as Rectangle;
  if (bounds.width < 400 || bounds.height < 300) return null;
  const visible = workAreas.some((area) => {
    const w = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const h = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
    return w >= 100 && h >= 100;
  });
  return visible ? bounds : null;
}
