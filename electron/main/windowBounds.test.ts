import { describe, expect, it } from 'vitest';
import { visibleBounds } from './windowBounds.ts';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('visibleBounds', () => {
  it('keeps bounds that are on a screen', () => {
    expect(visibleBounds({ x: 100, y: 50, width: 1200, height: 800 }, [laptop])).toEqual({ x: 100, y: 50, width: 1200, height: 800 });
    expect(visibleBounds({ x: 2000, y: 100, width: 1200, height: 800 }, [laptop, external])).not.toBeNull();
  });

  it('drops bounds left on a screen that is gone', () => {
    expect(visibleBounds({ x: 2000, y: 100, width: 1200, height: 800 }, [laptop])).toBeNull();
  });

  it('drops junk', () => {
    for (const junk of [null, undefined, 'x', {}, { x: 0, y: 0, width: Number.NaN, height: 800 }, { x: 0, y: 0, width: 10, height: 10 }]) {
      expect(visibleBounds(junk, [laptop])).toBeNull();
    }
  });
});
