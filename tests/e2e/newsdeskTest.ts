import { test as hostTest } from './newsdeskFixture.ts';

/**
 * The per-test host fixture, with the browser context's baseURL pointed at that host,
 * so `page.request.post('/api/…')` (and importFixtureStory) reach it with the session cookie.
 */
export const test = hostTest.extend({
  baseURL: async ({ newsdesk }, use) => {
    await use(newsdesk.origin);
  },
});

export { expect } from './newsdeskFixture.ts';
