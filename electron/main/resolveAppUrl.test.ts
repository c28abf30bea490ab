import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppUrl } from './resolveAppUrl.ts';

const rendererDir = join('/opt', 'newsdesk', 'dist', 'renderer');
const assetId = `${'ab'.repeat(32)}.png`;

describe('resolveAppUrl', () => {
  it('serves the renderer files from rendererDir', () => {
    expect(resolveAppUrl('app://newsdesk/index.html', rendererDir)).toEqual({ kind: 'file', path: join(rendererDir, 'index.html') });
    expect(resolveAppUrl('app://newsdesk/', rendererDir)).toEqual({ kind: 'file', path: join(rendererDir, 'index.html') });
    expect(resolveAppUrl('app://newsdesk/assets/index-3f2a.js?v=1#x', rendererDir)).toEqual({
      kind: 'file',
      path: join(rendererDir, 'assets', 'index-3f2a.js'),
    });
    expect(resolveAppUrl('app://newsdesk/assets/a%20b.css', rendererDir)).toEqual({ kind: 'file', path: join(rendererDir, 'assets', 'a b.css') });
  });

  it('serves pictures by their asset id only', () => {
    expect(resolveAppUrl(`app://newsdesk/asset/${assetId}`, rendererDir)).toEqual({ kind: 'asset', assetId });
    expect(resolveAppUrl('app://newsdesk/asset/not-a-hash.png', rendererDir)).toEqual({ kind: 'denied' });
    expect(resolveAppUrl(`app://newsdesk/asset/${'ab'.repeat(32)}.svg`, rendererDir)).toEqual({ kind: 'denied' });
    expect(resolveAppUrl(`app://newsdesk/asset/${assetId}/x`, rendererDir)).toEqual({ kind: 'denied' });
    expect(resolveAppUrl(`app://newsdesk/asset/%2e%2e%2f${assetId}`, rendererDir)).toEqual({ kind: 'denied' });
  });

  it('serves screen-sized copies by their asset id only', () => {
    expect(resolveAppUrl(`app://newsdesk/display/${assetId}`, rendererDir)).toEqual({ kind: 'display', assetId });
    for (const bad of ['app://newsdesk/display/not-a-hash.png', 'app://newsdesk/display/..%2f..%2fsettings.json', `app://newsdesk/display/${assetId}/x`]) {
      expect(resolveAppUrl(bad, rendererDir)).toEqual({ kind: 'denied' });
    }
  });

  it('serves thumbnails by their asset id only', () => {
    expect(resolveAppUrl(`app://newsdesk/thumb/${assetId}`, rendererDir)).toEqual({ kind: 'thumb', assetId });
    expect(resolveAppUrl(`app://newsdesk/thumb/${assetId}?v=2`, rendererDir)).toEqual({ kind: 'thumb', assetId });
    for (const bad of [
      'app://newsdesk/thumb/not-a-hash.png',
      `app://newsdesk/thumb/${'ab'.repeat(32)}.svg`,
      `app://newsdesk/thumb/${'AB'.repeat(32)}.png`,
      `app://newsdesk/thumb/${assetId}/x`,
      `app://newsdesk/thumb/%2e%2e%2f${assetId}`,
      'app://newsdesk/thumb/..%2f..%2fsettings.json',
      'app://newsdesk/thumb/',
      `app://other/thumb/${assetId}`,
    ]) {
      expect(resolveAppUrl(bad, rendererDir)).toEqual({ kind: 'denied' });
    }
  });

  it.each([
    'app://newsdesk/..%2f..%2fetc/passwd',
    'app://newsdesk/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://newsdesk/assets/..%5c..%5csecret',
    'app://newsdesk/a\\..\\..\\secret',
    'app://newsdesk/%00index.html',
    'app://newsdesk/assets//index.js',
    'app://newsdesk/%E0%A4%A',
    'app://newsdesk/C:%5cWindows',
  ])('denies the escape attempt %s', (url) => {
    expect(resolveAppUrl(url, rendererDir)).toEqual({ kind: 'denied' });
  });

  it('never resolves outside rendererDir, even when the URL parser collapses dot segments', () => {
    for (const url of ['app://newsdesk/../../package.json', 'app://newsdesk/%2e%2e/%2e%2e/package.json', 'app://newsdesk/assets/../../x']) {
      const target = resolveAppUrl(url, rendererDir);
      expect(target.kind === 'denied' || (target.kind === 'file' && target.path.startsWith(rendererDir + sep))).toBe(true);
    }
  });

  it.each(['app://evil/index.html', 'app://newsdesk:81/index.html', 'https://newsdesk/index.html', 'file:///index.html', 'garbage'])(
    'denies other origins: %s',
    (url) => {
      expect(resolveAppUrl(url, rendererDir)).toEqual({ kind: 'denied' });
    },
  );
});
