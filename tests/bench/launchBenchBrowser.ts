import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config.ts';

/**
 * Debian's Chromium with the project's standard flags, plus:
 * - no vsync and no frame-rate cap, so that "the next frame" comes as soon as the page has done
 *   its work, not at the next 60 Hz tick;
 * - no WebUI omnibox popups. Every new browser context opens a headless window whose address bar
 *   loads two WebUI pages (chrome://omnibox-popup.top-chrome) in renderers of their own: about a
 *   second of CPU on this 2-core machine, while the page under test loads. It is the browser's own
 *   interface, not part of either page, and it landed on one side or the other at random.
 */
export const BENCH_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  '--disable-gpu-vsync',
  '--disable-frame-rate-limit',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: BENCH_CHROMIUM_ARGS });
}
