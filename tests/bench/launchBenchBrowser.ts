import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config.ts';

/**
 * Debian's Chromium with the project's standard flags, plus no vsync and no frame-rate cap,
 * so that "the next frame" comes as soon as the page has done its work, not at the next 60 Hz tick.
 */
export const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'];

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: BENCH_CHROMIUM_ARGS });
}
