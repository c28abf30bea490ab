import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { startNewsdeskHost, type FaultyNewsdeskHost, type NewsdeskHost } from './startNewsdeskHost.ts';

/**
 * Each test gets its own browser host over its own library folder, and the browser context's
 * baseURL points at it, so `page.request.post('/api/…')` reaches it with the session cookie.
 */
export const test = base.extend<{ newsdesk: NewsdeskHost }>({
  newsdesk: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'nd-e2e-'));
    const host = await startNewsdeskHost(root);
    await use(host);
    await host.stop();
    await rm(root, { recursive: true, force: true });
  },
  baseURL: async ({ newsdesk }, use) => {
    await use(newsdesk.origin);
  },
});

/** Like `test`, but the host's core file system can be made to fail (tests/e2e/faultyHost.ts). */
export const faultyTest = base.extend<{ newsdesk: FaultyNewsdeskHost }>({
  newsdesk: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'nd-e2e-'));
    const host = await startNewsdeskHost(root, { faulty: true });
    await use(host);
    await host.stop();
    await rm(root, { recursive: true, force: true });
  },
  baseURL: async ({ newsdesk }, use) => {
    await use(newsdesk.origin);
  },
});

export { expect } from '@playwright/test';
