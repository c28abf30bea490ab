import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { startNewsdeskHost, type NewsdeskHost } from './startNewsdeskHost.ts';

/** Each test gets its own host and its own library folder. */
export const test = base.extend<{ newsdesk: NewsdeskHost }>({
  newsdesk: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'nd-e2e-'));
    const host = await startNewsdeskHost(root);
    await use(host);
    await host.stop();
    await rm(root, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
