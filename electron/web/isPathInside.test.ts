import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPathInside } from './isPathInside.ts';

const root = resolve('/srv', 'lib', 'assets');

describe('isPathInside', () => {
  it('accepts the folder itself and what lies below it', () => {
    expect(isPathInside(root, root)).toBe(true);
    expect(isPathInside(join(root, 'a.png'), root)).toBe(true);
    expect(isPathInside(join(root, 'thumbs', 'a.webp'), root)).toBe(true);
    expect(isPathInside(join(root, '..a.png'), root)).toBe(true);
  });

  it('refuses siblings with a common prefix, parents and escapes', () => {
    expect(isPathInside(resolve('/srv', 'lib', 'assets-old', 'a.png'), root)).toBe(false);
    expect(isPathInside(resolve('/srv', 'lib'), root)).toBe(false);
    expect(isPathInside(`${root}/../settings.json`, root)).toBe(false);
    expect(isPathInside(resolve('/etc', 'passwd'), root)).toBe(false);
  });
});
