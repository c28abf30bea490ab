import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from './isSafeExternalUrl.ts';

describe('isSafeExternalUrl', () => {
  it.each(['https://www.ansa.it/', 'http://example.com/a?b=c#d', 'https://例え.jp/'])('lets the system browser open %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://newsdesk/index.html',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'mailto:desk@example.com',
    'https://user:secret@example.com/',
    'https://',
    'not a url',
    '',
    `https://example.com/${'a'.repeat(3_000)}`,
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('refuses missing values', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl(null)).toBe(false);
  });
});
