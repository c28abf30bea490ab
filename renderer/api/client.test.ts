import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/apiError.ts';
import { assetUrl, createApiClient } from './client.ts';
import type { NewsdeskPreloadBridge } from './windowNewsdesk.d.ts';

interface Sent {
  url: string;
  init: RequestInit;
}

/** A stand-in for the network: records requests and answers with the given Response (or fails like a dead server). */
function fakeFetch(answer: () => Response | Promise<Response>): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const fetchLike: typeof fetch = (input, init) => {
    sent.push({ url: input instanceof Request ? input.url : input.toString(), init: init ?? {} });
    return Promise.resolve().then(answer);
  };
  return { fetch: fetchLike, sent };
}

function json(status: number, value: unknown): Response {
  return new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => {
  delete window.newsdesk;
});

describe('api client over HTTP (browser host)', () => {
  const noBridge = (): undefined => undefined;

  it('posts JSON to /api/<method> and returns the value', async () => {
    const net = fakeFetch(() => json(200, { stories: [], damaged: [] }));
    const api = createApiClient({ bridge: noBridge, fetch: net.fetch });
    await expect(api.listStories({ query: 'nato' })).resolves.toEqual({ stories: [], damaged: [] });
    expect(net.sent[0]?.url).toBe('/api/listStories');
    expect(net.sent[0]?.init.method).toBe('POST');
    expect(new Headers(net.sent[0]?.init.headers).get('content-type')).toBe('application/json');
    expect(net.sent[0]?.init.body).toBe('{"query":"nato"}');
  });

  it('sends a picture as raw bytes with its URL-encoded name', async () => {
    const net = fakeFetch(() => json(200, { assetId: `${'a'.repeat(64)}.png`, mime: 'image/png', byteLength: 3, width: 1, height: 1 }));
    const api = createApiClient({ bridge: noBridge, fetch: net.fetch });
    const bytes = new Uint8Array([0x89, 0x50, 0x4e]);
    await api.importAsset({ fileName: 'Vertice NATO è.png', bytes });
    const headers = new Headers(net.sent[0]?.init.headers);
    expect(net.sent[0]?.url).toBe('/api/importAsset');
    expect(headers.get('content-type')).toBe('application/octet-stream');
    expect(headers.get('x-newsdesk-file-name')).toBe(encodeURIComponent('Vertice NATO è.png'));
    expect(net.sent[0]?.init.body).toBe(bytes);
  });

  it('refuses a picture above 80 MB before sending it', async () => {
    const net = fakeFetch(() => json(200, {}));
    const api = createApiClient({ bridge: noBridge, fetch: net.fetch });
    const error = await rejection(api.importAsset({ fileName: 'huge.jpg', bytes: new Uint8Array(80 * 1024 * 1024 + 1) }));
    expect(error.code).toBe('too-large');
    expect(net.sent).toHaveLength(0);
  });

  it('rethrows the server error shape as an ApiError', async () => {
    const net = fakeFetch(() => json(400, { code: 'bad-input', message: 'Invalid input for getStory: id is wrong', details: ['id: is wrong'] }));
    const error = await rejection(createApiClient({ bridge: noBridge, fetch: net.fetch }).getStory({ id: 'x' }));
    expect(error.code).toBe('bad-input');
    expect(error.message).toBe('Invalid input for getStory: id is wrong');
    expect(error.details).toEqual(['id: is wrong']);
  });

  it('turns a dead service into a readable internal error', async () => {
    const net = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await rejection(createApiClient({ bridge: noBridge, fetch: net.fetch }).listTrash({}));
    expect(error.code).toBe('internal');
    expect(error.message).toContain("Newsdesk's local service is not answering");
  });

  it('explains a lost session and unreadable answers', async () => {
    const lost = await rejection(createApiClient({ bridge: noBridge, fetch: fakeFetch(() => new Response('<p>no</p>', { status: 401 })).fetch }).getSettings({}));
    expect(lost.code).toBe('unauthorized');
    expect(lost.message).toContain('npm run web');
    const garbled = await rejection(createApiClient({ bridge: noBridge, fetch: fakeFetch(() => new Response('<html>', { status: 200 })).fetch }).getSettings({}));
    expect(garbled.code).toBe('internal');
  });
});

describe('api client through the preload (desktop app)', () => {
  function bridgeAnswering(answer: (method: string, input: unknown) => Promise<unknown>): { calls: [string, unknown][] } {
    const calls: [string, unknown][] = [];
    const target: Record<string, unknown> = {};
    window.newsdesk = new Proxy(target, {
      get: (_t, name) => (typeof name === 'string' ? (input: unknown) => (calls.push([name, input]), answer(name, input)) : undefined),
    }) as unknown as NewsdeskPreloadBridge;
    return { calls };
  }

  it('uses window.newsdesk and unwraps the envelope', async () => {
    const net = fakeFetch(() => json(500, {}));
    const { calls } = bridgeAnswering(() => Promise.resolve({ ok: true, value: { id: 'abc' } }));
    const api = createApiClient({ fetch: net.fetch });
    await expect(api.trashStory({ id: 'abc' })).resolves.toEqual({ id: 'abc' });
    expect(calls).toEqual([['trashStory', { id: 'abc' }]]);
    expect(net.sent).toHaveLength(0);
  });

  it('rethrows an error envelope as an ApiError', async () => {
    bridgeAnswering(() => Promise.resolve({ ok: false, error: { code: 'conflict', message: 'Someone else saved this story.' } }));
    const error = await rejection(createApiClient().saveStory({} as never));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('Someone else saved this story.');
  });

  it('reports a main process that does not answer', async () => {
    bridgeAnswering(() => Promise.reject(new Error("No handler registered for 'newsdesk:api:getHostInfo'")));
    const error = await rejection(createApiClient().getHostInfo({}));
    expect(error.code).toBe('internal');
    expect(error.message).toContain('No handler registered');
  });
});

describe('assetUrl', () => {
  it('points at /asset/<id> of the page origin', () => {
    const id = `${'0f'.repeat(32)}.webp`;
    expect(assetUrl(id)).toBe(`/asset/${id}`);
    expect(new URL(assetUrl(id), 'app://newsdesk/index.html').href).toBe(`app://newsdesk/asset/${id}`);
    expect(new URL(assetUrl(id), 'http://127.0.0.1:4567/').href).toBe(`http://127.0.0.1:4567/asset/${id}`);
  });
});
