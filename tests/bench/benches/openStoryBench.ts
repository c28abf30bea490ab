// Benchmark 3: open the long story to an editable editor, against the bare page fetching the same
// document and calling setContent. Both timed inside the page, to the frame after the content shows.
import type { Page } from '@playwright/test';
import type { Benchmark, BenchContext, BenchResult } from '../benchTypes.ts';
import { openBaseline, openOurStory, openButtonSelector, reloadAtLibrary } from '../browser/benchPages.ts';
import { alternate } from '../measure.ts';
import { toResult } from '../summarize.ts';

/**
 * In-page: run `start` (a script expression), then wait frame by frame until the editor is editable
 * with `blocks` top-level blocks, then for that frame to be painted (setTimeout after rAF). Returns ms.
 */
async function timeToEditable(page: Page, start: string, blocks: number): Promise<number> {
  return await page.evaluate<number>(`new Promise((resolve, reject) => {
    const t0 = performance.now();
    const tick = () => {
      const pm = document.querySelector('.ProseMirror[contenteditable="true"]');
      if (pm && pm.childElementCount >= ${blocks}) setTimeout(() => resolve(performance.now() - t0), 0);
      else if (performance.now() - t0 > 60000) reject(new Error('the editor did not become editable in 60 s'));
      else requestAnimationFrame(tick);
    };
    Promise.resolve(${start}).then(() => requestAnimationFrame(tick), reject);
  })`);
}

async function openStory(context: BenchContext): Promise<BenchResult> {
  const { fixtures } = context;
  const story = fixtures.longStory;
  const browser = await context.browser();
  const pages = await context.pages();
  const ours = await openOurStory(browser, pages, story, fixtures.assetsDir);
  const bareBlocks = fixtures.longBaseline.content.length;
  const bare = await openBaseline(browser, pages, 'long', bareBlocks);
  try {
    const selector = openButtonSelector(story.id);
    const ourRound = async (): Promise<number[]> => {
      await ours.page.bringToFront();
      // A fresh page each time: the story is not in memory, the app is at its library.
      await reloadAtLibrary(ours.page);
      await ours.page.waitForSelector(selector);
      return [await timeToEditable(ours.page, `document.querySelector(${JSON.stringify(selector)}).click()`, story.body.content.length)];
    };
    const bareRound = async (): Promise<number[]> => {
      await bare.page.bringToFront();
      await bare.page.reload();
      await bare.page.waitForFunction(() => typeof window.bareLoad === 'function');
      return [await timeToEditable(bare.page, `window.bareLoad('long')`, bareBlocks)];
    };
    const samples = await alternate(ourRound, bareRound, { rounds: context.tiny ? 1 : 15, warmup: context.tiny ? 0 : 2 });
    return toResult({
      number: '3',
      id: 'open-story',
      title: `open the ${fixtures.sizes.longWords.toLocaleString('en')}-word story: click → editable`,
      samples,
      baselineName: 'bare page: fetch the same JSON + setContent',
      compare: 'median',
      goal: 'ratio ≤ 1.2',
      meets: (ratio) => ratio <= 1.2,
      notes: [
        'ours: click in the library → getStory over HTTP → story view and editor drawn; page reloaded before each round',
        'ours, by design: the side panel fills in one frame after the text; pictures far down the body get their fields when near the screen or idle (within 0.5 s)',
      ],
    });
  } finally {
    await ours.close();
    await bare.close();
  }
}

export const openStoryBench: Benchmark = { name: 'open', run: async (context) => [await openStory(context)] };
