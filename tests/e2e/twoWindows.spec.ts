import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './newsdeskFixture.ts';
import type { NewsdeskHost } from './startNewsdeskHost.ts';
import { bodyEditor, expectSaved } from './storyPage.ts';

const FIRST = 'Ministers met in Brussels on Thursday.';
const WORDS_A = 'Window A adds the agreed timetable.';
const WORDS_B = 'Window B adds a quote from the minister.';

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await bodyEditor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(` ${text}`);
}

async function storyFiles(host: NewsdeskHost): Promise<Map<string, string>> {
  const dir = join(host.libraryDir, 'stories');
  const files = new Map<string, string>();
  for (const id of await readdir(dir)) files.set(id, await readFile(join(dir, id, 'story.json'), 'utf8'));
  return files;
}

/**
 * One story open in two tabs: A saves, then B (still on the old version) edits. B's save must be
 * refused as a conflict, leaving A's version on disk, until B's user chooses.
 */
async function conflictInTwoTabs(page: Page, newsdesk: NewsdeskHost): Promise<{ a: Page; b: Page; id: string; file: string }> {
  const a = page;
  await a.goto(newsdesk.url);
  await a.getByTestId('empty-new-story').click();
  await a.getByLabel('Headline', { exact: true }).fill('Two windows, one story');
  await typeAtEnd(a, FIRST);
  // Long enough that writing at its end scrolls the top of the story out of view.
  for (let i = 0; i < 30; i++) {
    await a.keyboard.press('Enter');
    await a.keyboard.insertText(`Paragraph ${i + 1} of the background, long enough to take a line or two on the page.`);
  }
  await expectSaved(a);

  const b = await a.context().newPage();
  await b.goto(newsdesk.url);
  await b.getByTestId('story-open').click();
  await expect(bodyEditor(b)).toContainText(FIRST);

  await typeAtEnd(a, WORDS_A);
  await expectSaved(a);
  const [id] = [...(await storyFiles(newsdesk)).keys()];
  if (!id) throw new Error('no story');
  const file = join(newsdesk.libraryDir, 'stories', id, 'story.json');
  expect(await readFile(file, 'utf8')).toContain(WORDS_A);

  await typeAtEnd(b, WORDS_B);
  const banner = b.getByTestId('conflict-banner');
  await expect(banner).toBeVisible();
  // In view where B is writing, at the foot of a long story, not at the top of it.
  await expect(b.getByTestId('conflict-keep-mine')).toBeInViewport();
  // And the words B was typing stay in view below it.
  await expect(bodyEditor(b).getByText(WORDS_B)).toBeInViewport();
  await expect(banner).toContainText('This story was changed in another window.');
  await expect(b.getByTestId('save-status')).toHaveText(/^Not saved: another window changed this story/);
  await expect(b.getByTestId('save-status')).toHaveAttribute('data-state', 'failed');
  // B's words stay on screen, and did not overwrite A's on disk.
  await expect(bodyEditor(b)).toContainText(WORDS_B);
  const onDisk = await readFile(file, 'utf8');
  expect(onDisk).toContain(WORDS_A);
  expect(onDisk).not.toContain(WORDS_B);
  return { a, b, id, file };
}

test('two tabs, one story: "Keep mine as the new version" makes B’s text the file, on purpose only', async ({ page, newsdesk }) => {
  const { b, file } = await conflictInTwoTabs(page, newsdesk);
  // Waiting does not change anything: autosave stays blocked until the user chooses.
  await b.waitForTimeout(1500);
  expect(await readFile(file, 'utf8')).not.toContain(WORDS_B);

  await b.getByTestId('conflict-keep-mine').click();
  await expectSaved(b);
  await expect(b.getByTestId('conflict-banner')).toBeHidden();
  const onDisk = await readFile(file, 'utf8');
  expect(onDisk).toContain(WORDS_B);
  expect(onDisk).not.toContain(WORDS_A);
  expect((await storyFiles(newsdesk)).size).toBe(1);
});

test('two tabs, one story: "Save mine as a copy" makes a new story with B’s text; the original keeps A’s', async ({ page, newsdesk }) => {
  const { b, id, file } = await conflictInTwoTabs(page, newsdesk);
  await b.getByTestId('conflict-save-copy').click();
  await expect(b.getByTestId('conflict-banner')).toBeHidden();

  await expect.poll(async () => (await storyFiles(newsdesk)).size).toBe(2);
  const files = await storyFiles(newsdesk);
  const original = files.get(id) ?? '';
  expect(original).toContain(WORDS_A);
  expect(original).not.toContain(WORDS_B);
  const copy = [...files.entries()].find(([other]) => other !== id)?.[1] ?? '';
  expect(copy).toContain(WORDS_B);
  expect(copy).toContain(FIRST);
  expect(copy).not.toContain(WORDS_A);
  expect(JSON.parse(copy)).toMatchObject({ headline: 'Two windows, one story' });
  // B now shows the other window's version of the original.
  await expect(bodyEditor(b)).toContainText(WORDS_A);
  expect(await readFile(file, 'utf8')).toBe(original);
});

test('two tabs, one story: "Take the other version" shows A’s text in B and writes nothing', async ({ page, newsdesk }) => {
  const { a, b, file } = await conflictInTwoTabs(page, newsdesk);
  const before = await readFile(file, 'utf8');
  await b.getByTestId('conflict-take-theirs').click();
  await expect(b.getByTestId('conflict-banner')).toBeHidden();
  await expect(bodyEditor(b)).toContainText(WORDS_A);
  await expect(bodyEditor(b)).not.toContainText(WORDS_B);
  expect(await readFile(file, 'utf8')).toBe(before);

  // B goes on from A's version; A, now behind, is refused in turn rather than overwriting B.
  await typeAtEnd(b, 'B continues.');
  await expectSaved(b);
  await typeAtEnd(a, 'A is behind now.');
  await expect(a.getByTestId('conflict-banner')).toBeVisible();
  const onDisk = await readFile(file, 'utf8');
  expect(onDisk).toContain('B continues.');
  expect(onDisk).not.toContain('A is behind now.');
});
