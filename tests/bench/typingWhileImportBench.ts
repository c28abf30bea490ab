// Typing in the body editor while a 24-megapixel JPEG is added as the hero picture (upload, metadata,
// thumbnail), side by side with typing alone, in a real Chromium over the browser host (issue 3).
// Call from run.ts: `rows.push(...(await typingWhileImportBench()))`. Needs `npm run build:renderer` first.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { startNewsdeskHost, type NewsdeskHost } from '../e2e/startNewsdeskHost.ts';
import { bodyEditor } from '../e2e/storyPage.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config.ts';

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
const KEY_DELAY_MS = 30;

/** What the in-page probe records, in the page's performance.now() time. */
interface Probe {
  /** One per keydown on the editor: event time -> the next animation frame callback. */
  latencies: number[];
  /** The keydown event times, to tell which keystrokes fell inside the import. */
  keyTimes: number[];
  /** When the file input reported the chosen file. */
  changeAt: number | null;
  /** When the hero <img> was first in the page (the core answered). */
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

/** Installs the probe: keydown (its own event time, so time spent queued behind a busy main thread counts) -> next rAF. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe: Probe = { latencies: [], keyTimes: [], changeAt: null, heroAt: null };
    (window as ProbeWindow).ndTypingProbe = probe;
    document.addEventListener(
      'keydown',
      (event) => {
        if (!(event.target instanceof Element) || !event.target.closest('.ProseMirror')) return;
        const start = event.timeStamp;
        // keydown, beforeinput and input run in one task; the frame callback after it sees the edit applied.
        requestAnimationFrame(() => {
          probe.latencies.push(performance.now() - start);
          probe.keyTimes.push(start);
        });
      },
      true,
    );
    document.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') probe.changeAt ??= performance.now();
    }, true);
    new MutationObserver(() => {
      if (probe.heroAt === null && document.querySelector('[data-testid="hero-image"]')) probe.heroAt = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
}

/** Empties the probe's keystroke records and returns nothing. */
async function resetProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = (window as ProbeWindow).ndTypingProbe;
    if (!probe) throw new Error('the typing probe is not installed');
    probe.latencies = [];
    probe.keyTimes = [];
  });
}

/** Types TEXT as a reporter would and returns the probe's records for exactly those keystrokes. */
async function typeAndRead(page: Page): Promise<Probe> {
  await page.keyboard.type(TEXT, { delay: KEY_DELAY_MS });
  // The last keystroke's frame may still be pending.
  await page.waitForFunction((count) => ((window as ProbeWindow).ndTypingProbe?.latencies.length ?? 0) >= count, TEXT.length);
  const probe = await page.evaluate(() => (window as ProbeWindow).ndTypingProbe);
  if (!probe) throw new Error('the typing probe is gone (did the page reload?)');
  if (probe.latencies.length !== TEXT.length) throw new Error(`expected ${TEXT.length} keystrokes on the editor, recorded ${probe.latencies.length}`);
  if (probe.latencies.some((ms) => !(ms >= 0))) throw new Error(`a keystroke latency is negative or not a number: ${probe.latencies.join(', ')}`);
  return probe;
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
 * Keystroke latency (keydown -> next animation frame, p50 and p95 over 60 keys typed 30 ms apart) while the
 * hero picture input takes a 24 MP JPEG, against the same typing with nothing else going on.
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
    await page.keyboard.type(WARMUP, { delay: KEY_DELAY_MS });

    await resetProbe(page);
    const alone = await typeAndRead(page);

    await resetProbe(page);
    await page.getByLabel('Choose hero picture').setInputFiles(photo);
    const during = await typeAndRead(page);

    // The import must have finished: the hero shows, with the file's own size read from it, and a thumbnail on disk.
    const hero = page.getByTestId('hero-image');
    await hero.waitFor({ state: 'visible', timeout: 60_000 });
    await page.getByTestId('hero-facts').filter({ hasText: '6,000 × 4,000 px' }).waitFor({ timeout: 10_000 });
    const thumbs = await readdir(join(host.libraryDir, 'assets', 'thumbs')).catch(() => []);
    if (!thumbs.some((name) => name.endsWith('.webp'))) throw new Error('the 24 MP JPEG was imported but no thumbnail was written');
    const typed = await editorText(page);
    if (typed !== WARMUP + TEXT + TEXT) throw new Error(`keystrokes were lost or misplaced; the body reads ${JSON.stringify(typed)}`);

    const probe = await page.evaluate(() => (window as ProbeWindow).ndTypingProbe);
    const { changeAt, heroAt } = probe ?? {};
    if (changeAt == null || heroAt == null) throw new Error('the probe saw no file chosen or no hero picture appear');
    const inImport = during.keyTimes.filter((t) => t >= changeAt && t <= heroAt).length;
    console.log(
      `typingWhileImportBench: import took ${(heroAt - changeAt).toFixed(0)} ms (file chosen -> hero shown); ` +
        `${inImport} of ${TEXT.length} keystrokes fell inside it; worst keystroke ${Math.max(...during.latencies).toFixed(1)} ms ` +
        `(typing alone: ${Math.max(...alone.latencies).toFixed(1)} ms).`,
    );
    if (inImport === 0) console.log('typingWhileImportBench: warning, no keystroke overlapped the import; the figures below do not test it.');

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
