import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { hardenSession } from './hardenSession.ts';

type Handler = (...args: unknown[]) => unknown;

/** Records what hardenSession installs, so each handler can be asked a question. */
class FakeSession {
  readonly handlers = new Map<string, Handler>();
  setPermissionRequestHandler(h: Handler): void {
    this.handlers.set('permission-request', h);
  }
  setPermissionCheckHandler(h: Handler): void {
    this.handlers.set('permission-check', h);
  }
  setDevicePermissionHandler(h: Handler): void {
    this.handlers.set('device-permission', h);
  }
  setDisplayMediaRequestHandler(h: Handler): void {
    this.handlers.set('display-media', h);
  }
  on(name: string, h: Handler): this {
    this.handlers.set(name, h);
    return this;
  }
  call(name: string, ...args: unknown[]): unknown {
    const handler = this.handlers.get(name);
    expect(handler, name).toBeTypeOf('function');
    return handler?.(...args);
  }
}

function hardened(): FakeSession {
  const session = new FakeSession();
  hardenSession(session as unknown as Session);
  return session;
}

describe('hardenSession', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'display-capture', 'openExternal', 'fullscreen', 'unknown'])(
    'refuses the permission request %s',
    (permission) => {
      const answers: boolean[] = [];
      hardened().call('permission-request', null, permission, (granted: boolean) => answers.push(granted), {});
      expect(answers).toEqual([false]);
    },
  );

  it('fails every permission check and grants no device', () => {
    const session = hardened();
    for (const permission of ['media', 'hid', 'serial', 'usb', 'clipboard-read']) {
      expect(session.call('permission-check', null, permission, 'app://newsdesk', {})).toBe(false);
    }
    expect(session.call('device-permission', { deviceType: 'hid', origin: 'app://newsdesk' })).toBe(false);
  });

  it('answers screen capture with no stream', () => {
    const streams: unknown[] = [];
    hardened().call('display-media', {}, (s: unknown) => streams.push(s));
    expect(streams).toEqual([{}]);
  });

  it.each([
    ['select-hid-device', (cb: Handler) => [{ deviceList: [{ deviceId: 'x' }] }, cb], [null]],
    ['select-usb-device', (cb: Handler) => [{ deviceList: [{ deviceId: 'x' }] }, cb], [undefined]],
    ['select-serial-port', (cb: Handler) => [[{ portId: 'x' }], null, cb], ['']],
  ] as const)('%s picks no device', (name, args, expected) => {
    const picked: unknown[] = [];
    const event = { prevented: false, preventDefault(): void { this.prevented = true; } };
    hardened().call(name, event, ...args((id: unknown) => picked.push(id)));
    expect(event.prevented).toBe(true);
    expect(picked).toEqual(expected);
  });
});
