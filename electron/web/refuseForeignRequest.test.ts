import { describe, expect, it } from 'vitest';
import { refuseForeignRequest, type RequestOrigin } from './refuseForeignRequest.ts';

const port = 41234;
const ok: RequestOrigin = { remoteAddress: '127.0.0.1', host: `127.0.0.1:${port}`, origin: undefined, fetchSite: undefined };
const check = (changes: Partial<RequestOrigin>): string | null => refuseForeignRequest({ ...ok, ...changes }, port);

describe('refuseForeignRequest', () => {
  it('lets the app talk to itself', () => {
    expect(check({})).toBeNull();
    expect(check({ remoteAddress: '::ffff:127.0.0.1' })).toBeNull();
    expect(check({ host: `localhost:${port}`, origin: `http://localhost:${port}` })).toBeNull();
    expect(check({ origin: `http://127.0.0.1:${port}`, fetchSite: 'same-origin' })).toBeNull();
    expect(check({ fetchSite: 'none' })).toBeNull();
  });

  it.each(['192.168.1.20', '10.0.0.1', '127.0.0.2', '::1', '::ffff:192.168.1.20', '', undefined])('refuses the peer %s', (remoteAddress) => {
    expect(check({ remoteAddress })).toMatch(/127\.0\.0\.1/);
  });

  it.each(['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', `127.0.0.1.nip.io:${port}`, `localhost.evil:${port}`, '', undefined])(
    'refuses the Host %s (DNS rebinding)',
    (host) => {
      expect(check({ host })).not.toBeNull();
    },
  );

  it.each(['https://evil.example', 'null', `http://localhost:${port}`, `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`, 'file://'])(
    'refuses the Origin %s',
    (origin) => {
      expect(check({ origin })).toBe('Requests from other sites are refused.');
    },
  );

  it.each(['cross-site', 'same-site', ['same-origin', 'cross-site']])('refuses Sec-Fetch-Site %s', (fetchSite) => {
    expect(check({ fetchSite })).toBe('Requests from other sites are refused.');
  });
});
