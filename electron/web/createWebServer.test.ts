import { mkdir, mkdtemp, readdir, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSET_ID } from '@shared/story/assetId.ts';
import { createCore } from '../core/createCore.ts';
import { CONTENT_SECURITY_POLICY, PICTURE_CONTENT_SECURITY_POLICY } from './contentSecurityPolicy.ts';
import { createWebServer, type WebServer } from './createWebServer.ts';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

let root: string;
let libraryDir: string;
let rendererDir: string;
let server: WebServer;
let cookie: string;

/** node:http rather than fetch, so that paths such as `/asset/../x` reach the server exactly as written. */
function send(path: string, init: { method?: string; headers?: Record<string, string | number>; body?: Buffer | string } = {}): Promise<Reply> {
  return new Promise<Reply>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: init.method ?? 'GET',
        headers: { Host: `127.0.0.1:${server.port}`, ...init.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

function callApi(method: string, body: string, headers: Record<string, string> = {}): Promise<Reply> {
  return send(`/api/${method}`, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers }, body });
}

async function storedAssets(): Promise<string[]> {
  return readdir(join(libraryDir, 'assets')).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
}

beforeAll(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'nd-')));
  libraryDir = join(root, 'library');
  rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Newsdesk</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("newsdesk");');
  await writeFile(join(root, 'secret.txt'), 'TOP-SECRET');
  const core = await createCore({
    env: { NEWSDESK_DATA_DIR: join(root, 'data'), NEWSDESK_LIBRARY: libraryDir, NEWSDESK_EXPORT_DIR: join(root, 'exports') },
    platform: process.platform,
    homedir: root,
    hostKind: 'web',
    version: '0.0.0-test',
  });
  server = await createWebServer({
    dispatch: (m, i) => core.dispatch(m, i),
    assetPath: (id) => core.assets.pathOf(id),
    thumbnailPath: (id) => core.assets.thumbnailPath(id),
    displayPath: (id) => core.assets.displayPath(id),
    rendererDir,
    pictureDir: core.assets.dir,
  });
  const login = await send(`/?token=${server.token}`);
  cookie = (login.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
});

afterAll(async () => {
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('web host access control', () => {
  it('refuses every request without the session cookie', async () => {
    const page = await send('/');
    expect(page.status).toBe(401);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('npm run web');
    const api = await send('/api/listStories', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.text)).toMatchObject({ code: 'unauthorized' });
    expect((await send(`/asset/${'a'.repeat(64)}.png`)).status).toBe(401);
    expect((await send(`/thumb/${'a'.repeat(64)}.png`)).status).toBe(401);
    expect((await send(`/thumb/${'a'.repeat(64)}.png`, { headers: { Cookie: 'newsdesk_session_1=wrong' } })).status).toBe(401);
  });

  it('refuses a wrong token and trades the right one for an HttpOnly, SameSite=Strict cookie', async () => {
    expect((await send('/?token=not-the-token')).status).toBe(401);
    expect((await send(`/?token=${server.token.slice(0, -1)}x`)).status).toBe(401);

    const login = await send(`/?token=${server.token}`);
    expect(login.status).toBe(302);
    expect(login.headers.location).toBe('/');
    const setCookie = login.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);

    const page = await send('/', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Newsdesk</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(page.headers['cache-control']).toBe('no-store');

    const script = await send('/assets/app.js', { headers: { Cookie: cookie } });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the cookie', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, '127.0.0.1']) {
      const reply = await send('/', { headers: { Cookie: cookie, Host: host } });
      expect(reply.status, host).toBe(403);
    }
    expect((await send('/', { headers: { Cookie: cookie, Host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('refuses API calls sent from another origin', async () => {
    const reply = await callApi('listStories', '{}', { Origin: 'https://evil.example' });
    expect(reply.status).toBe(403);
    expect((await callApi('listStories', '{}', { Origin: 'null' })).status).toBe(403);
    expect((await callApi('listStories', '{}', { Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('refuses pages, scripts and the token link when another site asks for them', async () => {
    const foreign: Record<string, string>[] = [{ Origin: 'https://evil.example' }, { 'Sec-Fetch-Site': 'cross-site' }, { 'Sec-Fetch-Site': 'same-site' }];
    for (const headers of foreign) {
      for (const path of ['/', '/assets/app.js', `/?token=${server.token}`]) {
        const reply = await send(path, { headers: { Cookie: cookie, ...headers } });
        expect(reply.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
        expect(reply.headers['set-cookie']).toBeUndefined();
      }
    }
    expect((await send('/assets/app.js', { headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' } })).status).toBe(200);
    expect((await send(`/?token=${server.token}`, { headers: { 'Sec-Fetch-Site': 'none' } })).status).toBe(302);
  });

  it('needs the session on every route, not just the page', async () => {
    for (const path of ['/index.html', '/assets/app.js', '/favicon.ico', '/display/x', '/nothing-here']) {
      expect((await send(path)).status, path).toBe(401);
    }
    expect((await send('/assets/app.js', { headers: { Cookie: `newsdesk_session_${server.port + 1}=${server.token}` } })).status).toBe(401);
  });
});

describe('web host API', () => {
  it('serves the core: create a story, then list it', async () => {
    const created = await callApi('createStory', '{}');
    expect(created.status).toBe(200);
    const story = JSON.parse(created.text) as { id: string };
    const listing = await callApi('listStories', '{}');
    expect(listing.status).toBe(200);
    expect((JSON.parse(listing.text) as { stories: { id: string }[] }).stories.map((s) => s.id)).toContain(story.id);
  });

  it('answers bad JSON with 400 bad-input and a message', async () => {
    const reply = await callApi('listStories', '{"query": ');
    expect(reply.status).toBe(400);
    const error = JSON.parse(reply.text) as { code: string; message: string };
    expect(error.code).toBe('bad-input');
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('answers invalid input with 400 and readable details', async () => {
    const reply = await callApi('getStory', JSON.stringify({ id: 42 }));
    expect(reply.status).toBe(400);
    const error = JSON.parse(reply.text) as { code: string; message: string; details?: string[] };
    expect(error.code).toBe('bad-input');
    expect(error.message).toContain('getStory');
    expect(error.details?.length).toBeGreaterThan(0);
  });

  it('requires JSON and POST', async () => {
    expect((await callApi('listStories', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415);
    const get = await send('/api/listStories', { headers: { Cookie: cookie } });
    expect(get.status).toBe(405);
    expect(JSON.parse(get.text)).toMatchObject({ code: 'bad-input' });
    expect((await send('/', { method: 'DELETE', headers: { Cookie: cookie } })).status).toBe(405);
  });

  it('answers an unknown method with 404', async () => {
    const reply = await callApi('formatHardDisk', '{}');
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.text)).toMatchObject({ code: 'not-found' });
  });

  it('refuses a text file posing as a picture with 415 and stores nothing', async () => {
    const reply = await send('/api/importAsset', {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/octet-stream', 'X-Newsdesk-File-Name': encodeURIComponent('notes è.jpg') },
      body: 'this is not a picture at all',
    });
    expect(reply.status).toBe(415);
    expect(JSON.parse(reply.text)).toMatchObject({ code: 'unsupported-media' });
    expect(await storedAssets()).toEqual([]);
  });

  it('refuses an upload above 80 MB with 413 before reading it', async () => {
    const reply = await send('/api/importAsset', {
      method: 'POST',
      headers: {
        Cookie: cookie,
        'Content-Type': 'application/octet-stream',
        'X-Newsdesk-File-Name': 'huge.png',
        'Content-Length': 81 * 1024 * 1024,
      },
      body: Buffer.alloc(0),
    });
    expect(reply.status).toBe(413);
    const error = JSON.parse(reply.text) as { code: string; message: string };
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('80 MB');
    expect(await storedAssets()).toEqual([]);
  });

  it('imports a real PNG and serves the very same bytes at /asset/<id>', async () => {
    const png = await sharp({ create: { width: 32, height: 24, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer();
    const reply = await send('/api/importAsset', {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/octet-stream', 'X-Newsdesk-File-Name': encodeURIComponent('Vertice NATO.png') },
      body: png,
    });
    expect(reply.status, reply.text).toBe(200);
    const info = JSON.parse(reply.text) as { assetId: string; mime: string; byteLength: number };
    expect(info.assetId).toMatch(ASSET_ID);
    expect(info.mime).toBe('image/png');

    const served = await send(`/asset/${info.assetId}`, { headers: { Cookie: cookie } });
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(served.headers['content-security-policy']).toBe(PICTURE_CONTENT_SECURITY_POLICY);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(served.body, png)).toBe(0);

    expect((await send(`/asset/${'0'.repeat(64)}.png`, { headers: { Cookie: cookie } })).status).toBe(404);
    expect((await send('/asset/not-an-id.png', { headers: { Cookie: cookie } })).status).toBe(404);
  });

  it('serves a screen-sized WebP copy at /display/<id>, never wider than 1600 px', async () => {
    const jpeg = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: { r: 120, g: 40, b: 60 } } }).jpeg().toBuffer();
    const reply = await send('/api/importAsset', {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/octet-stream', 'X-Newsdesk-File-Name': 'wide.jpg' },
      body: jpeg,
    });
    expect(reply.status, reply.text).toBe(200);
    const { assetId } = JSON.parse(reply.text) as { assetId: string };
    const display = await send(`/display/${assetId}`, { headers: { Cookie: cookie } });
    expect(display.status).toBe(200);
    expect(display.headers['content-type']).toBe('image/webp');
    expect(await sharp(display.body).metadata()).toMatchObject({ format: 'webp', width: 1600, height: 1067 });
    expect((await send(`/display/${assetId}`)).status).toBe(401);
    expect((await send('/display/..%2f..%2fsecret.txt', { headers: { Cookie: cookie } })).status).toBe(404);
  });

  it('serves a WebP thumbnail at /thumb/<id>, making it for a picture stored before thumbnails existed', async () => {
    const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 30, g: 90, b: 160 } } }).jpeg().toBuffer();
    const reply = await send('/api/importAsset', {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/octet-stream', 'X-Newsdesk-File-Name': 'summit.jpg' },
      body: jpeg,
    });
    expect(reply.status, reply.text).toBe(200);
    const { assetId } = JSON.parse(reply.text) as { assetId: string };
    const thumb = await send(`/thumb/${assetId}`, { headers: { Cookie: cookie } });
    expect(thumb.status).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect(thumb.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(thumb.headers['content-security-policy']).toBe(PICTURE_CONTENT_SECURITY_POLICY);
    expect(await sharp(thumb.body).metadata()).toMatchObject({ format: 'webp', width: 320, height: 213 });

    // An older library: the original is there, the thumbnail is not yet.
    await rm(join(libraryDir, 'assets', 'thumbs'), { recursive: true });
    const again = await send(`/thumb/${assetId}`, { headers: { Cookie: cookie } });
    expect(again.status).toBe(200);
    expect((await sharp(again.body).metadata()).format).toBe('webp');

    expect((await send(`/thumb/${'0'.repeat(64)}.png`, { headers: { Cookie: cookie } })).status).toBe(404);
    for (const bad of ['/thumb/not-an-id.png', '/thumb/../secret.txt', '/thumb/..%2f..%2fsecret.txt', `/thumb/${assetId}/x`]) {
      const refused = await send(bad, { headers: { Cookie: cookie } });
      expect(refused.status, bad).toBe(404);
      expect(refused.text).not.toContain('TOP-SECRET');
    }
  });
});

describe('web host path traversal', () => {
  it.each([
    '/asset/../x',
    '/asset/../secret.txt',
    '/asset/..%2f..%2fsecret.txt',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e/package.json',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/%2E%2E/%2E%2E/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/%252e%252e/%252e%252e/secret.txt',
    '/assets/..%255c..%255csecret.txt',
    '/%00index.html',
    '/index.html%00.js',
    '/..%00/secret.txt',
    '/assets\\..\\..\\secret.txt',
    '/C:%5csecret.txt',
    `/asset/%2e%2e%2f${'a'.repeat(64)}.png`,
    '/display/../../secret.txt',
  ])('refuses %s', async (path) => {
    const reply = await send(path, { headers: { Cookie: cookie } });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.text).not.toContain('TOP-SECRET');
    expect(reply.text).not.toContain('"devDependencies"');
  });
});

describe('web host symlinks', () => {
  const leakId = `${'b'.repeat(64)}.png`;

  beforeAll(async () => {
    const assetsDir = join(libraryDir, 'assets');
    await mkdir(join(assetsDir, 'thumbs'), { recursive: true });
    await mkdir(join(assetsDir, 'display'), { recursive: true });
    await symlink(join(root, 'secret.txt'), join(rendererDir, 'assets', 'leak.js'));
    await symlink(root, join(rendererDir, 'assets', 'up'));
    await symlink(join(rendererDir, 'index.html'), join(rendererDir, 'assets', 'home.html'));
    await symlink(join(root, 'secret.txt'), join(assetsDir, leakId));
    await symlink(join(root, 'secret.txt'), join(assetsDir, 'thumbs', `${'b'.repeat(64)}.webp`));
    await symlink(join(root, 'secret.txt'), join(assetsDir, 'display', `${'b'.repeat(64)}.webp`));
  });

  it('refuses a symlink in the renderer build or the assets folder that points outside', async () => {
    for (const path of ['/assets/leak.js', '/assets/up/secret.txt', `/asset/${leakId}`, `/thumb/${leakId}`, `/display/${leakId}`]) {
      const reply = await send(path, { headers: { Cookie: cookie } });
      expect(reply.status, path).toBeGreaterThanOrEqual(400);
      expect(reply.text, path).not.toContain('TOP-SECRET');
    }
  });

  it('still serves a symlink that stays inside the build', async () => {
    const reply = await send('/assets/home.html', { headers: { Cookie: cookie } });
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('<title>Newsdesk</title>');
  });
});
