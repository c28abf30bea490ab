import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from './isSafeExternalUrl.ts';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.ansa.it/',
    'http://example.com/a?b=c#d',
    'https://例え.jp/',
    'mailto:desk@example.com',
    'mailto:desk@example.com?subject=Vertice%20NATO',
  ])('lets the system open %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://newsdesk/index.html',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox',
    'data:text/html,<script>1</script>',
    'mailto:',
    'mailto:not-an-address',
    'mailto:a@b@c',
    'mailto:%2F%2Fevil@x',
    'https://user:secret@example.com/',
    'https://example.com/\u0000',
    'https://example.com/\n',
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
