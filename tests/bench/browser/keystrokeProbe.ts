import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from '@playwright/test';

/**
 * Keystroke latency, measured in the page: from the keydown event's own timestamp (when the
 * browser received the key, so time spent queued behind other work counts) to a setTimeout(0)
 * queued from the next requestAnimationFrame callback, which runs once that frame's style, layout
 * and paint are done. With --disable-gpu-vsync and --disable-frame-rate-limit the frame comes as
 * soon as the page is free, not at a 60 Hz tick. Plain script text, so no bundler helper leaks in.
 */
const PROBE_SCRIPT = `(() => {
  if (window.ndKeyProbe) return;
  const probe = { latencies: [], pending: 0 };
  window.ndKeyProbe = probe;
  document.addEventListener('keydown', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('.ProseMirror')) return;
    const start = event.timeStamp;
    probe.pending++;
    requestAnimationFrame(() => setTimeout(() => { probe.latencies.push(performance.now() - start); probe.pending--; }, 0));
  }, true);
})()`;

/** Puts the caret at the end of the first non-empty paragraph past the middle of the document, focused (before it returns) and scrolled into view; returns its position. */
const CARET_SCRIPT = `(() => {
  const dom = document.querySelector('.ProseMirror');
  const editor = dom && dom.editor;
  if (!editor) throw new Error('no TipTap editor on .ProseMirror');
  const half = editor.state.doc.content.size / 2;
  let target = -1;
  editor.state.doc.descendants((node, pos) => {
    if (target >= 0) return false;
    if (node.type.name === 'paragraph' && pos >= half && node.content.size > 0) { target = pos + node.nodeSize - 1; return false; }
    return true;
  });
  if (target < 0) throw new Error('no paragraph past the middle');
  editor.chain().setTextSelection(target).scrollIntoView().run();
  // TipTap's focus command waits for the next animation frame, and a key pressed before it would
  // land outside the editor; the view's own focus() is immediate.
  editor.view.focus();
  if (!editor.view.hasFocus()) throw new Error('the editor did not take focus');
  return target;
})()`;

type ProbeWindow = Window & { ndKeyProbe?: { latencies: number[]; pending: number } };

/** Installs the probe (once per page load). */
export async function installKeyProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE_SCRIPT);
}

/** Places the caret in the middle of the story (see CARET_SCRIPT); returns the position. */
export async function caretToMiddle(page: Page): Promise<number> {
  return await page.evaluate<number>(CARET_SCRIPT);
}

/** The text between two positions, as the editor holds it. */
export async function editorTextAt(page: Page, from: number, length: number): Promise<string> {
  return await page.evaluate<string>(`document.querySelector('.ProseMirror').editor.state.doc.textBetween(${from}, ${from + length})`);
}

/** A typing rhythm: keys `periodMs` apart, in bursts of `burst` keys separated by `pauseMs` (no pauses when burst is 0). */
export interface Rhythm {
  periodMs: number;
  burst?: number;
  pauseMs?: number;
}

/**
 * Types `text` on the rhythm and returns each key's latency (ms). Checks that every key reached
 * the editor and that the text landed where the caret was.
 */
export async function typeAndMeasure(page: Page, text: string, rhythm: Rhythm): Promise<number[]> {
  await page.evaluate('window.ndKeyProbe.latencies = []');
  const at = await page.evaluate<number>(`(() => {
    const editor = document.querySelector('.ProseMirror').editor;
    if (!editor.view.hasFocus()) throw new Error('the editor is not focused, so typed keys would land elsewhere');
    return editor.state.selection.from;
  })()`);
  let due = performance.now();
  for (let i = 0; i < text.length; i++) {
    if (i > 0) due += rhythm.burst && i % rhythm.burst === 0 ? (rhythm.pauseMs ?? 0) : rhythm.periodMs;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    await page.keyboard.press(text.charAt(i));
  }
  // A function, not a string: the app's CSP forbids string evaluation in waitForFunction.
  await page
    .waitForFunction(
      (count) => {
        const probe = (window as ProbeWindow).ndKeyProbe;
        return probe !== undefined && probe.latencies.length >= count && probe.pending === 0;
      },
      text.length,
      { timeout: 30_000 },
    )
    .catch(async (error: unknown) => {
      // Say what the page was doing: keys that never reached the editor, or frames that never came.
      const state = await page.evaluate(
        `JSON.stringify({ seen: window.ndKeyProbe.latencies.length, pending: window.ndKeyProbe.pending, focus: document.activeElement && document.activeElement.outerHTML.slice(0, 120), hidden: document.hidden })`,
      );
      throw new Error(`typed ${text.length} keys; the page says ${String(state)}`, { cause: error });
    });
  const latencies = await page.evaluate<number[]>('window.ndKeyProbe.latencies');
  if (latencies.length !== text.length) throw new Error(`typed ${text.length} keys, the probe saw ${latencies.length}`);
  if (latencies.some((ms) => !(ms >= 0))) throw new Error('a keystroke latency is negative or not a number');
  const landed = await editorTextAt(page, at, text.length);
  if (landed !== text) throw new Error(`the typed text did not land at the caret: ${JSON.stringify(landed.slice(0, 80))}`);
  return latencies;
}

/** `count` characters of plain prose with no input-rule triggers (no leading "- ", "> ", "1. ", quotes or markdown). */
export function proseKeys(count: number): string {
  const line = 'Talks will resume in Brussels on Monday, the minister said. ';
  return line.repeat(Math.ceil(count / line.length)).slice(0, count);
}
