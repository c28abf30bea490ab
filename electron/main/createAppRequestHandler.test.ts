import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, PICTURE_CONTENT_SECURITY_POLICY } from '../web/contentSecurityPolicy.ts';
import { createAppRequestHandler } from './createAppRequestHandler.ts';

let root: string;
let rendererDir: string;
let pictureDir: string;
let png: Buffer;
let handle: (request: Request) => Promise<Response>;

const sha = (c: string): string => c.repeat(64);
const assetId = `${sha('a')}.png`;
const leakId = `${sha('b')}.png`;
const dirLeakId = `${sha('c')}.png`;

function get(url: string, method = 'GET'): Promise<Response> {
  return handle(new Request(url, { method }));
}

beforeAll(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'nd-')));
  rendererDir = join(root, 'app', 'dist', 'renderer');
  pictureDir = join(root, 'library', 'assets');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await mkdir(join(pictureDir, 'thumbs'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Newsdesk</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("newsdesk");');
  await writeFile(join(root, 'secret.txt'), 'TOP-SECRET');
  await writeFile(join(root, 'app', 'package.json'), '{"devDependencies": {}}');
  png = await sharp({ create: { width: 8, height: 6, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer();
  await writeFile(join(pictureDir, assetId), png);
  await sharp(png).webp().toFile(join(pictureDir, 'thumbs', `${sha('a')}.webp`));
  // Symlinks planted inside the two served folders, pointing out of them.
  await symlink(join(root, 'secret.txt'), join(rendererDir, 'assets', 'leak.js'));
  await symlink(root, join(rendererDir, 'assets', 'up'));
  await symlink(join(root, 'secret.txt'), join(pictureDir, leakId));
  await symlink(join(root, 'secret.txt'), join(pictureDir, 'thumbs', `${sha('b')}.webp`));
  await mkdir(join(root, 'elsewhere'));
  await writeFile(join(root, 'elsewhere', dirLeakId), png);
  await symlink(join(root, 'elsewhere'), join(pictureDir, 'outside'));
  // A symlink that stays inside is fine.
  await symlink(join(rendererDir, 'index.html'), join(rendererDir, 'assets', 'home.html'));
  handle = createAppRequestHandler({
    rendererDir,
    pictureDir,
    assetPath: (id) => (id === dirLeakId ? join(pictureDir, 'outside', id) : join(pictureDir, id)),
  });
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('app:// request handler', () => {
  it('serves the renderer with the CSP and the other security headers', async () => {
    for (const url of ['app://newsdesk/index.html', 'app://newsdesk/']) {
      const page = await get(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Newsdesk</title>');
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(page.headers.get('cache-control')).toBe('no-store');
    }
    const script = await get('app://newsdesk/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('app://newsdesk/assets/home.html')).status).toBe(200);
    expect((await get('app://newsdesk/index.html', 'HEAD')).status).toBe(200);
  });

  it('serves pictures from the library with a policy under which they run nothing', async () => {
    const picture = await get(`app://newsdesk/asset/${assetId}`);
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/png');
    expect(picture.headers.get('content-security-policy')).toBe(PICTURE_CONTENT_SECURITY_POLICY);
    expect(picture.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.compare(Buffer.from(await picture.arrayBuffer()), png)).toBe(0);
    const thumb = await get(`app://newsdesk/thumb/${assetId}`);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect(thumb.headers.get('content-security-policy')).toBe(PICTURE_CONTENT_SECURITY_POLICY);
    expect((await get(`app://newsdesk/asset/${sha('0')}.png`)).status).toBe(404);
  });

  it.each([
    'app://newsdesk/../secret.txt',
    'app://newsdesk/%2e%2e/secret.txt',
    'app://newsdesk/%2E%2E/%2E%2E/secret.txt',
    'app://newsdesk/..%2fsecret.txt',
    'app://newsdesk/assets/..%2f..%2f..%2f..%2fsecret.txt',
    'app://newsdesk/assets/..%5c..%5c..%5c..%5csecret.txt',
    'app://newsdesk/%252e%252e%252f%252e%252e%252fsecret.txt',
    'app://newsdesk/%252e%252e/%252e%252e/secret.txt',
    'app://newsdesk/index.html%00.js',
    'app://newsdesk/%00',
    'app://newsdesk/..%00/secret.txt',
    'app://newsdesk/%2e%2e%2f%2e%2e%2fpackage.json',
    'app://newsdesk/../package.json',
    `app://newsdesk/asset/..%2f..%2f..%2fsecret.txt`,
    `app://newsdesk/asset/%2e%2e%2f${assetId}`,
    `app://newsdesk/thumb/..%5c..%5csecret.txt`,
    'app://newsdesk.evil/index.html',
    'app://evil/index.html',
  ])('refuses the escape %s', async (url) => {
    const reply = await get(url);
    expect(reply.status).toBe(404);
    const text = await reply.text();
    expect(text).not.toContain('TOP-SECRET');
    expect(text).not.toContain('devDependencies');
  });

  it('refuses symlinks inside the renderer build or the assets folder that point outside', async () => {
    for (const url of [
      'app://newsdesk/assets/leak.js',
      'app://newsdesk/assets/up/secret.txt',
      `app://newsdesk/asset/${leakId}`,
      `app://newsdesk/thumb/${leakId}`,
      `app://newsdesk/display/${leakId}`,
      `app://newsdesk/asset/${dirLeakId}`,
    ]) {
      const reply = await get(url);
      expect(reply.status, url).toBe(404);
      expect(await reply.text()).not.toContain('TOP-SECRET');
    }
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('app://newsdesk/index.html', 'POST')).status).toBe(405);
    expect((await get('app://newsdesk/index.html', 'PUT')).status).toBe(405);
  });
});
