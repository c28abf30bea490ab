import { describe, expect, it } from 'vitest';
import { railUrlSchema } from './storySchema.ts';
import { isRailUrl, MAX_RAIL_URL_LENGTH } from './webUrl.ts';

const SAMPLES = [
  '',
  'https://example.com/a',
  'http://example.com',
  'HTTPS://EXAMPLE.COM/',
  'javascript:alert(1)',
  'htt',
  'https://exa mple.com',
  'mailto:desk@example.com',
  ` https://example.com`,
  `https://example.com/${'a'.repeat(MAX_RAIL_URL_LENGTH - 20)}`,
  `https://example.com/${'a'.repeat(MAX_RAIL_URL_LENGTH)}`,
];

describe('isRailUrl', () => {
  it('accepts empty and http(s) links only', () => {
    expect(isRailUrl('')).toBe(true);
    expect(isRailUrl('https://example.com/a')).toBe(true);
    expect(isRailUrl('javascript:alert(1)')).toBe(false);
    expect(isRailUrl('htt')).toBe(false);
    expect(isRailUrl(`https://example.com/${'a'.repeat(MAX_RAIL_URL_LENGTH)}`)).toBe(false);
  });

  it('agrees with the story schema, so a link the editor takes never fails a save', () => {
    for (const url of SAMPLES) expect(isRailUrl(url), url.slice(0, 40)).toBe(railUrlSchema.safeParse(url).success);
  });
});
