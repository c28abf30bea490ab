import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, PICTURE_SECURITY_HEADERS, SECURITY_HEADERS } from './contentSecurityPolicy.ts';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe('the content security policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('lets scripts come from the app itself only: no inline code, no eval, no other hosts', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|https?:|strict-dynamic/);
  });

  it('closes plugins, base rewriting, form posts, framing and outside connections', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('goes with the other hardening headers', () => {
    expect(SECURITY_HEADERS).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
    });
    expect(Object.isFrozen(SECURITY_HEADERS)).toBe(true);
  });

  it('gives pictures a policy under which they can run and load nothing', () => {
    expect(PICTURE_SECURITY_HEADERS['Content-Security-Policy']).toBe("default-src 'none'; sandbox");
    expect(PICTURE_SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});
