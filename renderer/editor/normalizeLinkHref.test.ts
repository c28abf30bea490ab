import { describe, expect, it } from 'vitest';
import { normalizeLinkHref } from './normalizeLinkHref.ts';

describe('normalizeLinkHref', () => {
  it.each([
    ['https://www.nato.int/cps/en', 'https://www.nato.int/cps/en'],
    ['  http://example.com  ', 'http://example.com'],
    ['HTTPS://EXAMPLE.COM', 'HTTPS://EXAMPLE.COM'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
    ['nato.int', 'https://nato.int'],
    ['www.nato.int/news?id=3#top', 'https://www.nato.int/news?id=3#top'],
    ['example.com:8080/path', 'https://example.com:8080/path'],
    ['desk@example.org', 'mailto:desk@example.org'],
  ])('accepts %s', (input, href) => {
    expect(normalizeLinkHref(input)).toEqual({ ok: true, href });
  });

  it.each(['javascript:alert(1)', 'JavaScript:void(0)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://example.com', 'vbscript:x'])(
    'refuses the scheme of %s',
    (input) => {
      const result = normalizeLinkHref(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/http, https|e-mail/);
    },
  );

  it.each(['', '   ', 'not a link', 'hello', 'https://', 'mailto:'])('refuses %j with a message', (input) => {
    const result = normalizeLinkHref(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });
});
