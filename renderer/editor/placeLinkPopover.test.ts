import { describe, expect, it } from 'vitest';
import { placeLinkPopover } from './placeLinkPopover.ts';

const SIZE = { width: 340, height: 120 };
// A 1280 x 800 window: the story's scroll area below the 52 px top bar, less the 44 px status bar.
const AREA = { top: 52, left: 0, right: 940, bottom: 800 - 44 };

describe('placing the link form', () => {
  it('goes under the linked words when there is room', () => {
    const words = { top: 300, bottom: 322, left: 200, right: 260 };
    expect(placeLinkPopover(words, SIZE, AREA)).toEqual({ top: 330, left: 200, side: 'below' });
  });

  it('flips above the words near the bottom, and never reaches under the status bar', () => {
    const words = { top: 700, bottom: 722, left: 200, right: 260 };
    const place = placeLinkPopover(words, SIZE, AREA);
    expect(place.side).toBe('above');
    expect(place.top + SIZE.height).toBeLessThanOrEqual(words.top);
    expect(place.top + SIZE.height).toBeLessThanOrEqual(AREA.bottom);
  });

  it('stays inside the area on the right and at the top', () => {
    const words = { top: 40, bottom: 62, left: 900, right: 930 };
    const place = placeLinkPopover(words, SIZE, AREA);
    expect(place.left + SIZE.width).toBeLessThanOrEqual(AREA.right);
    expect(place.top).toBeGreaterThanOrEqual(AREA.top);
  });

  it('in a window too short for either side, keeps the whole form visible', () => {
    const short = { top: 52, left: 0, right: 940, bottom: 240 };
    const place = placeLinkPopover({ top: 120, bottom: 142, left: 10, right: 40 }, SIZE, short);
    expect(place.top).toBeGreaterThanOrEqual(short.top);
    expect(place.top + SIZE.height).toBeLessThanOrEqual(short.bottom);
  });
});
