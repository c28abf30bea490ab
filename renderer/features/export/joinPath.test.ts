import { describe, expect, it } from 'vitest';
import { joinPath } from './joinPath.ts';

describe('joinPath', () => {
  it('uses the separator the folder already uses', () => {
    expect(joinPath('/home/ana/Exports/', 'nato')).toBe('/home/ana/Exports/nato');
    expect(joinPath('C:\\Users\\ana\\Exports', 'nato')).toBe('C:\\Users\\ana\\Exports\\nato');
  });
});
