import { describe, expect, it } from 'vitest';
import { isTrustedIpcSender, type SenderFrame } from './isTrustedIpcSender.ts';

const top = (url: string): SenderFrame => ({ url, parent: null });

describe('isTrustedIpcSender', () => {
  it('trusts the top frame of an app page', () => {
    expect(isTrustedIpcSender(top('app://newsdesk/index.html'))).toBe(true);
    expect(isTrustedIpcSender(top('app://newsdesk/index.html#/story/abc'))).toBe(true);
  });

  it.each([
    'file:///home/user/Newsdesk/index.html',
    'app://newsdesk.evil/index.html',
    'app://evil/index.html',
    'app://newsdesk:1/index.html',
    'https://newsdesk/index.html',
    'http://127.0.0.1:5173/',
    'about:blank',
    'data:text/html,<script>1</script>',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('refuses a frame at %s', (url) => {
    expect(isTrustedIpcSender(top(url))).toBe(false);
  });

  it('refuses a missing frame, a subframe, and a frame that is already gone', () => {
    expect(isTrustedIpcSender(null)).toBe(false);
    expect(isTrustedIpcSender(undefined)).toBe(false);
    const parent = top('app://newsdesk/index.html');
    expect(isTrustedIpcSender({ url: 'app://newsdesk/index.html', parent })).toBe(false);
    const disposed: SenderFrame = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    expect(isTrustedIpcSender(disposed)).toBe(false);
  });
});
