import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { hardenWebContents } from './hardenWebContents.ts';

type Listener = (...args: unknown[]) => void;
type OpenHandler = (details: { url: string }) => { action: string };

/** A stand-in for the few WebContents members hardenWebContents uses. */
class FakeContents {
  readonly listeners = new Map<string, Listener>();
  openHandler: OpenHandler | null = null;
  on(name: string, listener: Listener): this {
    this.listeners.set(name, listener);
    return this;
  }
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
  /** Fires a navigation-like event; true when the guard prevented it. */
  navigate(name: string, url: string): boolean {
    const event = { url, prevented: false, preventDefault(): void { this.prevented = true; } };
    const listener = this.listeners.get(name);
    expect(listener, name).toBeTypeOf('function');
    listener?.(event);
    return event.prevented;
  }
}

function setup(): { contents: FakeContents; offered: string[] } {
  const contents = new FakeContents();
  const offered: string[] = [];
  hardenWebContents(contents as unknown as WebContents, {
    openLink: (url) => {
      offered.push(url);
      return Promise.resolve('opened');
    },
  });
  return { contents, offered };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s stays inside app://newsdesk', (name) => {
    const { contents } = setup();
    expect(contents.navigate(name, 'app://newsdesk/index.html#/story/1')).toBe(false);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://newsdesk.evil/index.html', 'javascript:alert(1)', 'about:blank', 'data:text/html,x']) {
      expect(contents.navigate(name, url), url).toBe(true);
    }
  });

  it('denies every new window and offers the link to the system browser instead', () => {
    const { contents, offered } = setup();
    for (const url of ['https://www.ansa.it/', 'app://newsdesk/index.html', 'file:///etc/passwd']) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
    // openLink itself refuses unsafe schemes and asks the user (see createExternalLinkOpener).
    expect(offered).toEqual(['https://www.ansa.it/', 'app://newsdesk/index.html', 'file:///etc/passwd']);
  });

  it('refuses <webview> and Bluetooth device picking', () => {
    const { contents } = setup();
    expect(contents.navigate('will-attach-webview', 'app://newsdesk/index.html')).toBe(true);
    const picked: string[] = [];
    const event = { prevented: false, preventDefault(): void { this.prevented = true; } };
    contents.listeners.get('select-bluetooth-device')?.(event, [{ deviceId: 'x' }], (id: string) => picked.push(id));
    expect(event.prevented).toBe(true);
    expect(picked).toEqual(['']);
  });
});
