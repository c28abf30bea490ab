import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyToPlainText } from '@shared/story/bodyToPlainText.ts';
import { countWords } from '@shared/story/countWords.ts';
import type { BodyDoc } from '@shared/story/bodySchema.ts';
import { SEED_STORY_FILE } from './importFixtureStory.ts';
import { expect, test } from './newsdeskFixture.ts';
import { bodyEditor, expectSaved, listFolder, naturalWidth } from './storyPage.ts';

const MINIMAL_STORY_FILE = fileURLToPath(new URL('../fixtures/minimal-story.json', import.meta.url));

interface SeedFile {
  story: { id: string; headline: string; status: string; body: BodyDoc };
  assets: { assetId: string; path: string }[];
}

async function readSeed(): Promise<{ seed: SeedFile; imagePaths: string[] }> {
  const seed = JSON.parse(await readFile(SEED_STORY_FILE, 'utf8')) as SeedFile;
  return { seed, imagePaths: seed.assets.map((a) => join(dirname(SEED_STORY_FILE), a.path)) };
}

test('a new library shows the empty state with a way to start', async ({ page, newsdesk }) => {
  await page.goto(newsdesk.url);
  const empty = page.getByTestId('library-empty');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('heading', { name: 'No stories yet' })).toBeVisible();
  await expect(empty.getByTestId('empty-new-story')).toBeEnabled();
  await expect(empty.getByLabel('Import stories and pictures')).toHaveCount(1);
  await expect(page.getByTestId('story-row')).toHaveCount(0);
  await expect(page.getByTestId('damaged-section')).toHaveCount(0);

  // Starting from the empty state opens a blank story with the default rails.
  await empty.getByTestId('empty-new-story').click();
  await expect(page.getByTestId('story-view')).toBeVisible();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('');
  await page.getByTestId('side-tab-rails').click();
  await expect(page.getByTestId('rail-0').getByLabel('Rail name', { exact: true })).toHaveValue('Latest');
  await expect(page.getByTestId('rail-1').getByLabel('Rail name', { exact: true })).toHaveValue("Don't miss");
  // Left without a word in it, the new story is let go: no "Untitled" draft piles up.
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await expect(page.getByTestId('library-empty')).toBeVisible();
  await expect(page.getByTestId('story-row')).toHaveCount(0);
  expect(await listFolder(join(newsdesk.libraryDir, 'stories'))).toEqual([]);

  // One with words in its body stays, listed as untitled until it has a headline.
  await page.getByTestId('empty-new-story').click();
  await bodyEditor(page).click();
  await page.keyboard.type('Notes from the council meeting.');
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await expect(page.getByTestId('story-row')).toHaveCount(1);
  await expect(page.getByTestId('story-open')).toHaveText('Untitled story');
});

test('the seed story is imported through the Import button and listed, searched, duplicated, deleted and restored', async ({ page, newsdesk }) => {
  const { seed, imagePaths } = await readSeed();
  const headline = seed.story.headline;
  const expectedWords = countWords(bodyToPlainText(seed.story.body));
  expect(expectedWords).toBeGreaterThan(100);

  await page.goto(newsdesk.url);
  await expect(page.getByTestId('library-empty')).toBeVisible();

  // The story file and its picture, chosen together.
  await page.getByLabel('Import stories and pictures').setInputFiles([SEED_STORY_FILE, ...imagePaths]);
  await expect(page.getByTestId('toast').filter({ hasText: 'Imported 1 story and 1 picture.' })).toBeVisible();
  await expect(page.getByTestId('import-errors')).toHaveCount(0);

  const rows = page.getByTestId('story-row');
  await expect(rows).toHaveCount(1);
  const seedRow = rows.first();
  await expect(seedRow).toHaveAttribute('data-story-id', seed.story.id);
  await expect(seedRow.getByTestId('story-open')).toHaveText(headline);
  await expect(seedRow.getByTestId('story-status')).toHaveText('Approved');
  await expect(seedRow).toContainText(/Updated (just now|\d+ (minutes?|hours?|days?|weeks?|months?|years?) ago|yesterday|last (week|month|year))/);
  await expect(seedRow).toContainText(`${expectedWords.toLocaleString('en')} words`);
  await expect(seedRow).toContainText('By New Europe Online/KG');
  await expect.poll(() => naturalWidth(seedRow.locator('img'))).toBeGreaterThan(0);
  // The picture is stored once under its SHA-256, beside its thumbnail and metadata folders.
  expect((await listFolder(join(newsdesk.libraryDir, 'assets'))).sort()).toEqual([...seed.assets.map((a) => a.assetId), 'meta', 'thumbs'].sort());

  // A second story, so that search has something to leave out.
  await page.getByLabel('Import stories and pictures').setInputFiles(MINIMAL_STORY_FILE);
  await expect(rows).toHaveCount(2);

  // "Soleimani" is only in the seed story's body (not its headline or standfirst).
  const search = page.getByLabel('Search stories');
  await search.fill('Soleimani');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-story-id', seed.story.id);
  await search.fill('');
  await expect(rows).toHaveCount(2);
  await search.fill('buses every ten minutes');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('story-open')).toHaveText('Council approves new bus timetable');
  await search.fill('qzxwvplorb');
  await expect(rows).toHaveCount(0);
  await expect(page.getByTestId('library-no-match')).toHaveText('No stories match “qzxwvplorb”.');
  await search.fill('');
  await expect(rows).toHaveCount(2);

  // Duplicate: a second copy with the same headline, as a draft.
  await page.getByRole('button', { name: `Duplicate ${headline}`, exact: true }).click();
  await expect(page.getByTestId('toast').filter({ hasText: `Duplicated as “${headline}”.` })).toBeVisible();
  await expect(rows).toHaveCount(3);
  const copyRow = page.locator(`[data-testid="story-row"]:not([data-story-id="${seed.story.id}"])`).filter({ hasText: headline });
  await expect(copyRow).toHaveCount(1);
  await expect(copyRow.getByTestId('story-status')).toHaveText('Draft');
  await expect(copyRow).toContainText(`${expectedWords.toLocaleString('en')} words`);
  const copyId = await copyRow.getAttribute('data-story-id');
  expect(copyId).toMatch(/^[a-z0-9][a-z0-9-]{7,63}$/);
  expect((await listFolder(join(newsdesk.libraryDir, 'stories'))).sort()).toContain(copyId);

  // Delete the copy: it goes to the trash with an Undo, and Undo brings it back.
  await copyRow.getByRole('button', { name: /^Delete / }).click();
  const deletedToast = page.getByTestId('toast').filter({ hasText: `“${headline}” moved to the trash.` });
  await expect(deletedToast).toBeVisible();
  await expect(rows).toHaveCount(2);
  await expect(page.locator(`[data-story-id="${copyId}"]`)).toHaveCount(0);
  expect(await listFolder(join(newsdesk.libraryDir, 'trash'))).toEqual([copyId]);
  expect(await listFolder(join(newsdesk.libraryDir, 'stories'))).not.toContain(copyId);

  await deletedToast.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByTestId('toast').filter({ hasText: `“${headline}” is back.` })).toBeVisible();
  await expect(rows).toHaveCount(3);
  await expect(page.locator(`[data-story-id="${copyId}"]`)).toHaveCount(1);
  expect(await listFolder(join(newsdesk.libraryDir, 'stories'))).toContain(copyId);
  expect(await listFolder(join(newsdesk.libraryDir, 'trash'))).not.toContain(copyId);

  // The original still opens with its content.
  await page.locator(`[data-story-id="${seed.story.id}"]`).getByTestId('story-open').click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(headline);
  await expect(page.getByTestId('stat-words')).toHaveText(`${expectedWords.toLocaleString('en')} words`);
});

test('search finds stories by byline and tag, as its placeholder promises', async ({ page, newsdesk }) => {
  await page.goto(newsdesk.url);
  await page.getByTestId('empty-new-story').click();
  await page.getByLabel('Headline', { exact: true }).fill('Tram line opens in March');
  await page.getByLabel('Byline', { exact: true }).fill('Ingrid Vasquez');
  await page.getByLabel('Tags', { exact: true }).fill('Transport');
  await page.getByLabel('Tags', { exact: true }).press('Enter');
  await expect(page.getByRole('button', { name: 'Remove tag Transport' })).toBeVisible();
  await expectSaved(page);
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.getByTestId('library-new-story').click();
  await page.getByLabel('Headline', { exact: true }).fill('Budget vote delayed');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Library', exact: true }).click();

  const search = page.getByLabel('Search stories');
  await expect(search).toHaveAttribute('placeholder', /bylines, tags/);
  const rows = page.getByTestId('story-row');
  await expect(rows).toHaveCount(2);
  // Each query starts from the full list, so a stale result of the previous query cannot pass for the new one.
  const searchFor = async (query: string): Promise<void> => {
    await search.fill('');
    await expect(rows).toHaveCount(2);
    await search.fill(query);
  };
  await searchFor('tram line');
  await expect(rows).toHaveCount(1);
  await expect(rows.getByTestId('story-open')).toHaveText('Tram line opens in March');
  // The search box promises bylines and tags too.
  await searchFor('Vasquez');
  await expect(rows.getByTestId('story-open')).toHaveText(['Tram line opens in March']);
  await searchFor('transport');
  await expect(rows.getByTestId('story-open')).toHaveText(['Tram line opens in March']);
});
