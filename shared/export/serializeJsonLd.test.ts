import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from './serializeJsonLd.ts';

describe('serializeJsonLd', () => {
  it('cannot close the script element or open a comment, and parses back unchanged', () => {
    const value = { headline: '</script><script>alert(1)</script><!-- & -->', odd: 'line\u2028para\u2029end' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
