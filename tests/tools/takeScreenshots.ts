// Takes the README screenshots: the reference story imported into a fresh library and opened in the editor.
// Run with `npm run screenshot` (it builds the renderer first). Writes docs/*.png.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, request } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config.ts';
import { importFixtureStory } from '../e2e/importFixtureStory.ts';
import { startNewsdeskHost } from '../e2e/startNewsdeskHost.ts';

const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
const outDir = process.argv[2] ?? docs;

const root = await mkdtemp(join(tmpdir(), 'nd-shot-'));
const host = await startNewsdeskHost(root);
try {
  const api = await request.newContext({ baseURL: host.origin });
  await api.get(host.url);
  const story = await importFixtureStory(api);
  await api.dispose();

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, deviceScaleFactor: 1 });
  await page.goto(host.url);
  await mkdir(outDir, { recursive: true });
  await page.getByTestId('story-row').first().waitFor();
  await page.screenshot({ path: join(outDir, 'library.png') });
  await page.getByTestId('story-open').first().click();
  await page.getByLabel('Headline').waitFor();
  await page.locator('.ProseMirror').waitFor();
  if ((await page.getByLabel('Headline').inputValue()) !== story.headline) throw new Error('the story did not open');
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(outDir, 'screenshot.png') });
  // The body under its toolbar, with paragraphs and an ad slot, and the rails beside it.
  const paragraph = page.locator('.ProseMirror p', { hasText: 'NATO agreed to expand' });
  await page.getByTestId('side-tab-rails').click();
  await paragraph.evaluate((p) => p.scrollIntoView({ block: 'start' }));
  await paragraph.click();
  await page.screenshot({ path: join(outDir, 'screenshot-body.png') });
  // History: a changed headline, exported (a snapshot before export), next to the imported version.
  await page.getByLabel('Headline', { exact: true }).fill('NATO agrees to expand its Iraq training mission');
  await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state') === 'unsaved');
  await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state') === 'saved');
  const exported = await page.request.post(`${host.origin}/api/exportStory`, { data: { id: story.id, formats: ['json'] } });
  if (!exported.ok()) throw new Error(`export for the History screenshot failed: ${await exported.text()}`);
  await page.getByTestId('side-tab-history').click();
  await page.getByTestId('revision-row').nth(1).waitFor();
  await page.getByTestId('revision-row').nth(1).click();
  await page.getByTestId('revision-paper').waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(outDir, 'history-panel.png') });
  // Desk checks: the reference story's problems, one clicked (the editor jumps to it).
  await page.getByTestId('side-tab-checks').click();
  await page.getByTestId('checks-panel').waitFor();
  await page.waitForTimeout(1_500);
  await page.screenshot({ path: join(outDir, 'checks-panel.png') });
  // Find and replace over every field and the body.
  await page.locator('.ProseMirror').click();
  await page.keyboard.press('Control+f');
  await page.getByTestId('find-query').fill('NATO');
  await page.getByTestId('find-count').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(outDir, 'find-bar.png') });
  await browser.close();
  console.log(`screenshots written to ${outDir}`);
} finally {
  await host.stop();
  await rm(root, { recursive: true, force: true });
}
