import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createStory } from '@shared/story/createStory.ts';
import { serializeStoryExport } from '@shared/export/serializeStoryExport.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './newsdeskFixture.ts';
import { bodyEditor, expectSaved } from './storyPage.ts';

const SHOTS = process.env.NEWSDESK_SHOTS ?? '/tmp';

/** A story with "Brussels" in the headline, standfirst, hero caption, a figure caption and the body (twice, once bold). */
function brusselsStory() {
  const base = createStory(new Date('2025-03-01T09:00:00Z'));
  return {
    ...base,
    kicker: 'Europe',
    headline: 'Ministers meet in Brussels',
    standfirst: 'Talks in Brussels run late into the night.',
    bylines: ['Anna Reporter'],
    dateline: 'BRUSSELS',
    hero: { ...base.hero, caption: 'The Brussels summit hall', credit: 'EPA/JOHN DOE' },
    body: {
      type: 'doc' as const,
      content: [
        { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'In Brussels, ministers argued. ' }, { type: 'text' as const, text: 'Brussels', marks: [{ type: 'bold' as const }] }, { type: 'text' as const, text: ' held firm.' }] },
        { type: 'figure' as const, attrs: { assetId: null, caption: 'Outside the Brussels venue', credit: 'AP', alt: '', creator: '', source: '', copyright: '', usageTerms: '' } },
        { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'A Brusselsprout is not a city.' }] },
      ],
    },
  };
}

async function openImported(page: Page, url: string): Promise<string> {
  await page.goto(url);
  const response = await page.request.post('/api/importStory', { data: { json: serializeStoryExport(brusselsStory()) } });
  expect(response.ok()).toBe(true);
  const { id } = (await response.json()) as { id: string };
  await page.reload();
  await page.getByTestId('story-open').click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Ministers meet in Brussels');
  return id;
}

async function storyOnDisk(libraryDir: string, id: string): Promise<{ headline: string; standfirst: string; hero: { caption: string }; body: unknown; dateline: string }> {
  return JSON.parse(await readFile(join(libraryDir, 'stories', id, 'story.json'), 'utf8')) as never;
}

test('a hit in a rail item opens the Rails tab and shows the field, scrolled into view', async ({ page, newsdesk }) => {
  const base = createStory(new Date('2025-03-01T09:00:00Z'));
  const item = (n: number, title: string) => ({ id: `item-${n}`, title, teaser: `Teaser ${n}, long enough to take two lines in the side panel.`, url: `https://example.com/${n}`, picture: null });
  const story = {
    ...base,
    headline: 'Council meets',
    rails: [
      { id: 'rail-latest', name: 'Latest', items: [1, 2, 3, 4, 5].map((n) => item(n, `Latest story ${n}`)) },
      { id: 'rail-dont-miss', name: "Don't miss", items: [item(6, 'Inside the harbour works'), item(7, 'The quarry question')] },
    ],
  };
  await page.goto(newsdesk.url);
  const response = await page.request.post('/api/importStory', { data: { json: serializeStoryExport(story) } });
  expect(response.ok()).toBe(true);
  await page.reload();
  await page.getByTestId('story-open').click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Council meets');
  await expect(page.getByTestId('side-tab-details')).toHaveAttribute('aria-selected', 'true');

  await bodyEditor(page).click();
  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+f' : 'Control+f');
  await page.getByTestId('find-query').fill('quarry');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 1');
  await expect(page.getByTestId('find-where')).toHaveText('In: Rail “Don\'t miss”, item 2 title');
  await expect(page.getByTestId('side-tab-rails')).toHaveAttribute('aria-selected', 'true');
  const field = page.locator('[data-item-id="item-7"] [data-testid="rail-item-title"]');
  await expect(field).toHaveClass(/nd-find-field--current/);
  await expect(field).toBeInViewport();
});

test('find and replace across every field and the body, saved, and one Undo puts it all back', async ({ page, newsdesk }) => {
  const id = await openImported(page, newsdesk.url);
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

  // Ctrl+H opens the bar with replace; whole word leaves "Brusselsprout" alone.
  await bodyEditor(page).click();
  await page.keyboard.press(`${mod}+h`);
  const bar = page.getByTestId('find-bar');
  await expect(bar).toBeVisible();
  await page.getByTestId('find-query').fill('Brussels');
  // headline, standfirst, dateline, hero caption, 2 in the body text, figure caption, "Brusselsprout".
  await expect(page.getByTestId('find-count')).toHaveText('1 of 8');
  await page.getByTestId('find-whole-word').check();
  await expect(page.getByTestId('find-count')).toHaveText('1 of 7');
  await page.getByTestId('find-match-case').check();
  await expect(page.getByTestId('find-count')).toHaveText('1 of 6'); // BRUSSELS (dateline) is out
  await page.getByTestId('find-match-case').uncheck();
  await expect(page.getByTestId('find-where')).toHaveText('In: Headline');
  await expect(page.locator('.nd-find-hit')).toHaveCount(2);
  await page.getByTestId('find-query').press('Enter');
  await expect(page.getByTestId('find-count')).toHaveText('2 of 7');
  await expect(page.getByTestId('find-where')).toHaveText('In: Standfirst');
  await page.screenshot({ path: join(SHOTS, 'm-find-bar.png') });
  for (let i = 0; i < 3; i++) await page.getByTestId('find-query').press('Enter');
  await expect(page.getByTestId('find-where')).toHaveText('In: Body');
  await expect(page.locator('.nd-find-hit--current')).toHaveText('Brussels');
  await page.getByTestId('find-query').press('Shift+Enter');
  await expect(page.getByTestId('find-where')).toHaveText('In: Main picture caption');
  await page.getByTestId('find-query').press('Enter');
  await page.screenshot({ path: join(SHOTS, 'm-find-body.png') });

  await page.getByTestId('find-replacement').fill('Strasbourg');
  await page.getByTestId('find-replace-all').click();
  await expect(page.getByTestId('find-notice')).toHaveText('Replaced 7.');
  await expect(page.getByTestId('find-count')).toHaveText('No matches');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Ministers meet in Strasbourg');
  await expect(page.getByTestId('field-standfirst')).toHaveValue('Talks in Strasbourg run late into the night.');
  await expect(page.getByTestId('field-hero-caption')).toHaveValue('The Strasbourg summit hall');
  await expect(bodyEditor(page)).toContainText('In Strasbourg, ministers argued. Strasbourg held firm.');
  await expect(bodyEditor(page)).toContainText('Brusselsprout');
  await expect(bodyEditor(page).locator('p strong')).toHaveText('Strasbourg');
  await expectSaved(page);
  const saved = await storyOnDisk(newsdesk.libraryDir, id);
  expect(saved.headline).toBe('Ministers meet in Strasbourg');
  expect(saved.dateline).toBe('Strasbourg');
  expect(saved.hero.caption).toBe('The Strasbourg summit hall');
  expect(JSON.stringify(saved.body)).toContain('Outside the Strasbourg venue');
  expect(JSON.stringify(saved.body)).not.toMatch(/Brussels[^p]/);

  // ONE Ctrl+Z puts back every field and the body.
  await page.keyboard.press(`${mod}+z`);
  await expect(page.getByTestId('find-notice')).toHaveText('Undone: 7 replacements put back.');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Ministers meet in Brussels');
  await expect(page.getByTestId('field-standfirst')).toHaveValue('Talks in Brussels run late into the night.');
  await expect(page.getByTestId('field-dateline')).toHaveValue('BRUSSELS');
  await expect(page.getByTestId('field-hero-caption')).toHaveValue('The Brussels summit hall');
  await expect(bodyEditor(page)).toContainText('In Brussels, ministers argued. Brussels held firm.');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 7');
  await expectSaved(page);
  const restored = await storyOnDisk(newsdesk.libraryDir, id);
  expect(restored.headline).toBe('Ministers meet in Brussels');
  expect(JSON.stringify(restored.body)).toContain('Outside the Brussels venue');

  // Redo brings the whole replace-all back, and Undo takes it away again.
  await page.keyboard.press(`${mod}+Shift+z`);
  await expect(page.getByTestId('find-notice')).toHaveText('Replaced 7 again.');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Ministers meet in Strasbourg');
  await expect(bodyEditor(page)).toContainText('In Strasbourg, ministers argued. Strasbourg held firm.');
  await page.keyboard.press(`${mod}+z`);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Ministers meet in Brussels');
  await expect(bodyEditor(page)).toContainText('In Brussels, ministers argued. Brussels held firm.');

  // Replace one: only the current match changes. Esc closes the bar and its highlights.
  await page.getByTestId('find-replace-one').click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Ministers meet in Strasbourg');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 6');
  await page.getByTestId('find-query').press('Escape');
  await expect(bar).toBeHidden();
  await expect(page.locator('.nd-find-hit')).toHaveCount(0);
});

test('smart typography while typing, with a setting to turn it off', async ({ page, newsdesk }) => {
  await openImported(page, newsdesk.url);
  await bodyEditor(page).getByText('A Brusselsprout is not a city.').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(`"Yes," she said -- it's over... wait---no`);
  await expect(bodyEditor(page)).toContainText('\u201cYes,\u201d she said \u2013 it\u2019s over\u2026 wait\u2014no');
  // The plain fields follow the same rules.
  const standfirst = page.getByTestId('field-standfirst');
  await standfirst.click();
  await page.keyboard.press('End');
  await page.keyboard.type(` "Really"...`);
  await expect(standfirst).toHaveValue('Talks in Brussels run late into the night. \u201cReally\u201d\u2026');
  await page.getByTestId('setting-smart-typography').uncheck();
  await bodyEditor(page).getByText('wait\u2014no').click();
  await page.keyboard.press('End');
  await page.keyboard.type(` "plain" -- ...`);
  await expect(bodyEditor(page)).toContainText(' "plain" -- ...');
  await expectSaved(page);
  const settings = await page.request.post('/api/getSettings', { data: {} });
  expect(((await settings.json()) as { smartTypography: boolean }).smartTypography).toBe(false);
});

test('focus mode hides everything but the body; Esc leaves', async ({ page, newsdesk }) => {
  await openImported(page, newsdesk.url);
  await page.getByTestId('field-word-target').fill('20');
  await expect(page.getByTestId('stat-word-target')).toHaveText(/\d+ \/ 20 words/);
  await bodyEditor(page).getByText('A Brusselsprout is not a city.').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Shift+F');
  await expect(page.locator('html')).toHaveClass(/nd-focus-mode/);
  await expect(bodyEditor(page)).toBeVisible();
  for (const hidden of ['field-headline', 'field-standfirst', 'field-kicker']) await expect(page.getByTestId(hidden)).toBeHidden();
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.locator('.side-panel')).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Body formatting' })).toBeHidden();
  await page.keyboard.type(' Still typing.');
  await expect(bodyEditor(page)).toContainText('A Brusselsprout is not a city. Still typing.');
  await page.screenshot({ path: join(SHOTS, 'm-focus-mode.png') });
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveClass(/nd-focus-mode/);
  await expect(page.getByTestId('field-headline')).toBeVisible();
  await expectSaved(page);
});

test('entering and leaving focus mode at the foot of a story keeps the caret in view', async ({ page, newsdesk }) => {
  await openImported(page, newsdesk.url);
  await bodyEditor(page).getByText('A Brusselsprout is not a city.').click();
  await page.keyboard.press('End');
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(`Paragraph ${i + 1}, so the story runs well past the window.`);
  }
  await page.keyboard.type(' The last words.');
  const last = bodyEditor(page).getByText('The last words.');
  await expect(last).toBeInViewport();
  await page.keyboard.press('Control+Shift+F');
  await expect(page.locator('html')).toHaveClass(/nd-focus-mode/);
  await expect(last).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveClass(/nd-focus-mode/);
  await expect(last).toBeInViewport();
  await page.keyboard.type(' More.');
  await expect(bodyEditor(page).getByText('The last words. More.')).toBeInViewport();
});

test('print lays the story out like the article', async ({ page, newsdesk }) => {
  await openImported(page, newsdesk.url);
  // Run the print command's preparation without opening the (blocking) print dialog.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await bodyEditor(page).click();
  await page.keyboard.press('Control+p');
  await expect(page.locator('#nd-print-article h1')).toHaveText('Ministers meet in Brussels');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.locator('#nd-print-article .standfirst')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'm-print.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  await writeFile(join(SHOTS, 'm-print.pdf'), pdf);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
