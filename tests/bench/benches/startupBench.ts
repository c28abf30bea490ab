// Benchmark 9: start-up, from launching the browser host to an editable editor, against the bare
// TipTap page served by the same host code. Also reports both bundles' gzip size.
import { rm } from 'node:fs/promises';
import type { Browser } from '@playwright/test';
import type { Benchmark, BenchContext, BenchResult } from '../benchTypes.ts';
import { bundleSize } from '../buildBenchPages.ts';
import { clickStoryWhenListed, makeTempLibrary, waitForEditable } from '../browser/benchPages.ts';
import { alternate } from '../measure.ts';
import { startBenchHost } from '../startBenchHost.ts';
import { toResult } from '../summarize.ts';

/** Host launch → page loaded → (ours: the story clicked in the library as soon as it shows) → editable. */
async function launchToEditable(browser: Browser, staticDir: string, libraryRoot: string, open: { id: string; blocks: number } | null): Promise<number[]> {
  const start = performance.now();
  const host = await startBenchHost(libraryRoot, staticDir);
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    if (open) await clickStoryWhenListed(page, open.id);
    await waitForEditable(page, open?.blocks ?? 1);
    return [performance.now() - start];
  } finally {
    await context.close();
    await host.stop();
  }
}

async function startup(context: BenchContext): Promise<BenchResult> {
  const { fixtures } = context;
  const browser = await context.browser();
  const pages = await context.pages();
  const story = fixtures.shortStory;
  const ourRoot = await makeTempLibrary([story], null);
  const bareRoot = await makeTempLibrary([], null);
  try {
    const samples = await alternate(
      () => launchToEditable(browser, pages.rendererDir, ourRoot, { id: story.id, blocks: story.body.content.length }),
      () => launchToEditable(browser, pages.baselineDir, bareRoot, null),
      // Twelve launches a side: a launch is a new Node process and a new browser context, and its own time varies by ±200 ms.
      { rounds: context.tiny ? 1 : 12, warmup: context.tiny ? 0 : 1 },
    );
    const ours = await bundleSize(pages.rendererDir);
    const bare = await bundleSize(pages.baselineDir);
    const kib = (n: number): string => `${(n / 1024).toFixed(0)} KiB`;
    return toResult({
      number: '9',
      id: 'startup',
      title: 'start-up: host launch → editable editor',
      samples,
      baselineName: 'bare Vite + TipTap page, same host code',
      compare: 'median',
      goal: 'ratio ≤ 1.3',
      meets: (ratio) => ratio <= 1.3,
      notes: [
        `renderer bundle (js+css): ${kib(ours.gzip)} gzip (${kib(ours.raw)} raw); bare page ${kib(bare.gzip)} gzip (${kib(bare.raw)} raw)`,
        `ours opens a ${fixtures.sizes.shortWords}-word story from a one-story library (click as soon as it is listed)`,
      ],
    });
  } finally {
    await rm(ourRoot, { recursive: true, force: true });
    await rm(bareRoot, { recursive: true, force: true });
  }
}

export const startupBench: Benchmark = { name: 'startup', run: async (context) => [await startup(context)] };
