// Typing in the body editor while a 24-megapixel JPEG is added as the hero picture (upload, metadata,
// thumbnail), side by side with typing alone, in a real Chromium over the browser host (issue 3).
// Call from run.ts: `rows.push(...(await typingWhileImportBench()))`. Needs `npm run build:renderer` first.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { startNewsdeskHost, type NewsdeskHost } from '../e2e/startNewsdeskHost.ts';
import { bodyEditor } from '../e2e/storyPage.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config.ts';
import type { Benchmark } from './benchTypes.ts';

export interface TypingBenchRow {
  name: string;
  newsdesk: number;
  baseline: number;
  baselineName: string;
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const WIDTH = 6000;
const HEIGHT = 4000;
/** Typed before measuring so that both runs meet a warm page (JIT, layout, fonts). */
const WARMUP = 'Warm-up line. ';
/** 60 characters; no leading "- ", "> " or quotes, so no input rule rewrites them. */
const TEXT = 'Talks will resume in Brussels on Monday, the minister said. ';
/** How long each key is held, as `page.keyboard.type(text, { delay: 30 })` does. */
const HOLD_MS = 30;
/** One key every 60 ms (about 200 words a minute): faster than any reporter, with room for the key's round trip. */
const PERIOD_MS = 60;

/** What the in-page probe records. */
interface Probe {
  /** Wall-clock ms (timeOrigin + performance.now()) of the first animation frame after each keydown on the editor. */
  frames: number[];
  /** Wall-clock ms the file input reported the chosen file, and the hero <img> first appeared (the core answered). */
  changeAt: number | null;
  heroAt: number | null;
}
type ProbeWindow = Window & { ndTypingProbe?: Probe };

/** A 6000×4000 photo-like JPEG (gradients plus per-pixel sensor-like noise), quality 90. */
async function makePhoto(file: string): Promise<void> {
  const raw = Buffer.alloc(WIDTH * HEIGHT * 3);
  let seed = 987654321;
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const grain = (seed % 49) - 24;
      const i = (y * WIDTH + x) * 3;
      raw[i] = Math.max(0, Math.min(255, 70 + (x * 120) / WIDTH + 30 * Math.sin(y / 250) + grain));
      raw[i + 1] = Math.max(0, Math.min(255, 50 + (y * 150) / HEIGHT + grain));
      raw[i + 2] = Math.max(0, Math.min(255, 120 + 70 * Math.cos(x / 400) + grain));
    }
  }
  await writeFile(file, await sharp(raw, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } }).jpeg({ quality: 90 }).toBuffer());
}

/** Installs the probe: each keydown on the editor -> wall-clock time of the next animation frame (the edit is applied by then). */
async function installProbe(page: Page): Promise<void> {
  // No named inner functions: tsx would wrap them in a helper the page does not have.
  await page.evaluate(() => {
    const probe: Probe = { frames: [], changeAt: null, heroAt: null };
    (window as ProbeWindow).ndTypingProbe = probe;
    document.addEventListener(
      'keydown',
      (event) => {
        if (!(event.target instanceof Element) || !event.target.closest('.ProseMirror')) return;
        // keydown, beforeinput and input run in one task; the frame callback after it sees the edit applied.
        requestAnimationFrame(() => {
          probe.frames.push(performance.timeOrigin + performance.now());
        });
      },
      true,
    );
    document.addEventListener(
      'change',
      (event) => {
        if (event.target instanceof HTMLInputElement && event.target.type === 'file') probe.changeAt ??= performance.timeOrigin + performance.now();
      },
      true,
    );
    new MutationObserver(() => {
      if (probe.heroAt === null && document.querySelector('[data-testid="hero-image"]')) probe.heroAt = performance.timeOrigin + performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
}

/** Empties the probe's keystroke records. */
async function resetProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = (window as ProbeWindow).ndTypingProbe;
    if (!probe) throw new Error('the typing probe is not installed');
    probe.frames = [];
  });
}

/** Wall-clock ms with sub-ms resolution, comparable with the page's `performance.timeOrigin + performance.now()`. */
function wallNow(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * Types TEXT on a fixed rhythm (key i is due PERIOD_MS after key i-1, held HOLD_MS) and returns each keystroke's
 * latency: due time -> first frame after its keydown. Measuring from the due time, not from when the event got
 * through, matters: Playwright waits for each key to be acknowledged before sending the next, so a stalled page
 * would otherwise just receive later keys later and look fast (coordinated omission).
 */
async function typeOnRhythm(page: Page): Promise<{ latencies: number[]; due: number[]; probe: Probe }> {
  const start = wallNow() + 20;
  const due: number[] = [];
  for (let i = 0; i < TEXT.length; i++) {
    const at = start + i * PERIOD_MS;
    due.push(at);
    const wait = at - wallNow();
    if (wait > 0) await sleep(wait);
    await page.keyboard.press(TEXT.charAt(i), { delay: HOLD_MS });
  }
  // The last keystroke's frame may still be pending.
  await page.waitForFunction((count) => ((window as ProbeWindow).ndTypingProbe?.frames.length ?? 0) >= count, TEXT.length);
  const probe = await page.evaluate(() => (window as ProbeWindow).ndTypingProbe);
  if (!probe) throw new Error('the typing probe is gone (did the page reload?)');
  if (probe.frames.length !== TEXT.length) throw new Error(`expected ${TEXT.length} keystrokes on the editor, recorded ${probe.frames.length}`);
  const latencies = probe.frames.map((frame, i) => frame - (due[i] ?? Number.NaN));
  // A few ms below zero is clock granularity between the two processes; more means the records do not line up.
  if (latencies.some((ms) => !(ms > -5))) throw new Error(`a keystroke latency is negative or not a number: ${latencies.map((ms) => ms.toFixed(1)).join(', ')}`);
  return { latencies, due, probe };
}

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** The body's text as the editor holds it (not the DOM's, which shows trailing spaces as NBSP). */
function editorText(page: Page): Promise<string> {
  return bodyEditor(page).evaluate((element) => {
    const editor = (element as HTMLElement & { editor?: { state: { doc: { textContent: string } } } }).editor;
    return editor ? editor.state.doc.textContent : (element.textContent ?? '').replace(/\u00a0/g, ' ');
  });
}

/**
 * Keystroke latency (key due -> first animation frame after its keydown; p50 and p95 over 60 keys, one every
 * 60 ms, each held 30 ms) while the hero picture input takes a 24 MP JPEG, against the same typing alone.
 * Returns no rows (with a message) when `dist/renderer` has not been built.
 */
export async function typingWhileImportBench(): Promise<TypingBenchRow[]> {
  if (!existsSync(join(repoRoot, 'dist', 'renderer', 'index.html'))) {
    console.log('typingWhileImportBench skipped: dist/renderer is missing. Run `npm run build:renderer` first, then `npm run bench`.');
    return [];
  }
  const root = await mkdtemp(join(tmpdir(), 'nd-bench-typing-'));
  let host: NewsdeskHost | undefined;
  let browser: Browser | undefined;
  try {
    const photo = join(root, 'photo-24mp.jpg');
    await makePhoto(photo);
    host = await startNewsdeskHost(root);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    await page.goto(host.url);
    await page.getByTestId('empty-new-story').click();
    const editor = bodyEditor(page);
    await editor.click();
    await installProbe(page);
    await page.keyboard.type(WARMUP, { delay: HOLD_MS });

    await resetProbe(page);
    const alone = await typeOnRhythm(page);

    await resetProbe(page);
    await page.getByLabel('Choose hero picture').setInputFiles(photo);
    const during = await typeOnRhythm(page);

    // The import must have finished: the hero shows, with the file's own size read from it, and a thumbnail on disk.
    const hero = page.getByTestId('hero-image');
    await hero.waitFor({ state: 'visible', timeout: 60_000 });
    await page.getByTestId('hero-facts').filter({ hasText: '6,000 × 4,000 px' }).waitFor({ timeout: 10_000 });
    const thumbs = await readdir(join(host.libraryDir, 'assets', 'thumbs'));
    if (!thumbs.some((name) => name.endsWith('.webp'))) throw new Error('the 24 MP JPEG was imported but no thumbnail was written');
    const typed = await editorText(page);
    if (typed !== WARMUP + TEXT + TEXT) throw new Error(`keystrokes were lost or misplaced; the body reads ${JSON.stringify(typed)}`);

    const { changeAt, heroAt } = during.probe;
    if (changeAt == null || heroAt == null) throw new Error('the probe saw no file chosen or no hero picture appear');
    const inImport = during.due.filter((t) => t >= changeAt && t <= heroAt).length;
    console.log(
      `typingWhileImportBench: import took ${(heroAt - changeAt).toFixed(0)} ms (file chosen -> hero shown); ` +
        `${inImport} of ${TEXT.length} keystrokes were due inside it; worst keystroke ${Math.max(...during.latencies).toFixed(1)} ms ` +
        `(typing alone: ${Math.max(...alone.latencies).toFixed(1)} ms).`,
    );
    if (inImport === 0) console.log('typingWhileImportBench: warning, no keystroke was due during the import; the figures below may not test it.');

    const baselineName = 'typing alone';
    return [
      { name: 'keystroke latency p50 while a 24 MP JPEG imports', newsdesk: percentile(during.latencies, 50), baseline: percentile(alone.latencies, 50), baselineName },
      { name: 'keystroke latency p95 while a 24 MP JPEG imports', newsdesk: percentile(during.latencies, 95), baseline: percentile(alone.latencies, 95), baselineName },
    ];
  } finally {
    await browser?.close();
    await host?.stop();
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * The issue-3 extra, in the suite's result format (p95 compared, no goal). Full runs only: it imports
 * a 24 MP JPEG through the app and serves dist/renderer (run `npm run build:renderer` first).
 */
export const typingWhileImportBenchmark: Benchmark = {
  name: 'import-typing',
  run: async (context) => {
    if (context.tiny) return [];
    const rows = await typingWhileImportBench();
    return rows.map((row, i) => ({
      number: `X${i + 1}`,
      id: `import-typing-${i + 1}`,
      title: row.name,
      ours: { n: 1, median: row.newsdesk, p95: row.newsdesk, max: row.newsdesk },
      baseline: { n: 1, median: row.baseline, p95: row.baseline, max: row.baseline },
      baselineName: row.baselineName,
      compare: 'median' as const,
      ratio: row.newsdesk / row.baseline,
      // One round: no spread to resample.
      ratioRange: null,
      goal: '(none: reported)',
      met: null,
      settled: null,
      notes: [],
    }));
  },
};
