import { describe, expect, it } from 'vitest';
import { isInternalUrl } from './isInternalUrl.ts';

describe('isInternalUrl', () => {
  it.each(['app://newsdesk/index.html', 'app://newsdesk/', 'app://newsdesk/index.html#/story/abc', 'app://NEWSDESK/index.html'])(
    'accepts the app page %s',
    (url) => {
      expect(isInternalUrl(url)).toBe(true);
    },
  );

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://newsdesk.evil.com/index.html',
    'app://newsdesk:8080/index.html',
    'app://user:pass@newsdesk/index.html',
    'javascript:alert(1)',
    'about:blank',
    'data:text/html,<script>1</script>',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isInternalUrl(url)).toBe(false);
  });

  it('refuses missing values', () => {
    expect(isInternalUrl(undefined)).toBe(false);
    expect(isInternalUrl(null)).toBe(false);
  });
});
