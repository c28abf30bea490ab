import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Story } from '@shared/story/storySchema.ts';
import type { BuiltPages } from '../benchTypes.ts';
import { startBenchHost, type BenchHost } from '../startBenchHost.ts';

/** A page in its own browser context, over its own host. */
export interface BenchPage {
  page: Page;
  context: BrowserContext;
  host: BenchHost;
  close(): Promise<void>;
}

/** A temporary library holding `stories` and the pictures in `assetsDir`; returns its root (the host's data goes beside it). */
export async function makeTempLibrary(stories: readonly Story[], assetsDir: string | null): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'nd-bench-lib-'));
  for (const story of stories) {
    const folder = join(root, 'library', 'stories', story.id);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'story.json'), `${JSON.stringify(story, null, 2)}\n`);
  }
  if (assetsDir) await cp(assetsDir, join(root, 'library', 'assets'), { recursive: true });
  return root;
}

const VIEWPORT = { width: 1360, height: 900 };

/** The CSS selector of a story's open button in the library list. */
export function openButtonSelector(id: string): string {
  return `[data-story-id="${id}"] [data-testid="story-open"]`;
}

/**
 * Reloads our app as a fresh start, at its library: a reload otherwise opens the story the window
 * had open (remembered in the window's session storage), so that memory is cleared first.
 */
export async function reloadAtLibrary(page: Page): Promise<void> {
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
}

/** Clicks the story's row as soon as it shows (from inside the page, so no driver round trip is timed). */
export async function clickStoryWhenListed(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (selector) => {
      const button = document.querySelector<HTMLElement>(selector);
      button?.click();
      return button !== null;
    },
    openButtonSelector(id),
    { polling: 'raf', timeout: 60_000 },
  );
}

/** Waits until the body editor is editable and holds at least `blocks` top-level blocks. */
export async function waitForEditable(page: Page, blocks: number): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const pm = document.querySelector('.ProseMirror[contenteditable="true"]');
      return pm !== null && pm.childElementCount >= count;
    },
    blocks,
    { polling: 'raf', timeout: 60_000 },
  );
}

/** The app over a library with this story (and the fixture pictures), the story opened for writing. */
export async function openOurStory(browser: Browser, pages: BuiltPages, story: Story, assetsDir: string | null): Promise<BenchPage> {
  const root = await makeTempLibrary([story], assetsDir);
  const host = await startBenchHost(root, pages.rendererDir);
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(host.url);
  await clickStoryWhenListed(page, story.id);
  await waitForEditable(page, story.body.content.length);
  return {
    page,
    context,
    host,
    close: async () => {
      await context.close();
      await host.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** The bare TipTap page, served by the same host code, with docs/<docName>.json loaded. */
export async function openBaseline(browser: Browser, pages: BuiltPages, docName: string, blocks: number): Promise<BenchPage> {
  const root = await mkdtemp(join(tmpdir(), 'nd-bench-bare-'));
  const host = await startBenchHost(root, pages.baselineDir);
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(host.url);
  await page.waitForFunction(() => typeof window.bareLoad === 'function');
  await page.evaluate((name) => window.bareLoad?.(name), docName);
  await waitForEditable(page, blocks);
  return {
    page,
    context,
    host,
    close: async () => {
      await context.close();
      await host.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

declare global {
  interface Window {
    bareLoad?: (name: string) => Promise<void>;
  }
}
