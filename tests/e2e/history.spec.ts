import type { Page } from '@playwright/test';
import { importFixtureStory } from './importFixtureStory.ts';
import { expect, test } from './newsdeskFixture.ts';
import { bodyEditor, expectSaved } from './storyPage.ts';

const FIRST = 'The council approved the budget on Tuesday after a long debate.';
const SECOND = 'A completely rewritten second version of the story.';

async function openHistory(page: Page): Promise<void> {
  await page.getByTestId('side-tab-history').click();
  await expect(page.getByTestId('history-panel')).toBeVisible();
}

async function replaceBody(page: Page, text: string): Promise<void> {
  const editor = bodyEditor(page);
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await expect(editor).toHaveText(text);
}

test('a reporter previews an earlier version, restores it, and undoes the restore', async ({ page, newsdesk }) => {
  await page.goto(newsdesk.url);
  await page.getByTestId('empty-new-story').click();
  await expect(page.getByTestId('story-view')).toBeVisible();

  // A brand-new story has no history yet, and says so.
  await openHistory(page);
  await expect(page.getByTestId('history-empty')).toContainText('No earlier versions yet');
  await page.getByTestId('side-tab-details').click();

  await page.getByLabel('Headline', { exact: true }).fill('Council approves budget');
  await replaceBody(page, FIRST);
  await expectSaved(page);

  // An export always keeps the version it exported.
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-success')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();

  await replaceBody(page, SECOND);
  await expectSaved(page);

  // The newest version in History is the exported text, not what the editor shows now.
  await openHistory(page);
  const rows = page.getByTestId('revision-row');
  await expect(rows.first()).toBeVisible();
  await expect(rows.first()).toContainText(/Before export|Autosaved/);
  await expect(rows.first()).toContainText('11 words');
  await expect(rows.first()).toContainText('Council approves budget');
  await rows.first().click();
  const preview = page.getByTestId('revision-preview');
  await expect(preview.getByTestId('revision-body')).toHaveText(FIRST);
  await expect(preview.getByTestId('revision-paper')).toContainText('Council approves budget');
  await expect(bodyEditor(page)).toHaveText(SECOND);

  // Restoring asks first; Cancel changes nothing.
  await preview.getByTestId('revision-restore').click();
  await expect(preview.getByTestId('revision-confirm')).toContainText('you can undo');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(bodyEditor(page)).toHaveText(SECOND);
  await preview.getByTestId('revision-restore').click();
  await preview.getByTestId('revision-confirm-restore').click();

  await expect(bodyEditor(page)).toHaveText(FIRST);
  const toast = page.getByTestId('toast').filter({ hasText: 'Restored the version from' });
  await expect(toast).toBeVisible();
  await expectSaved(page);
  // The text that was replaced is now in History too, kept before the restore.
  await expect(page.getByTestId('revision-row').first()).toContainText('Before restore');
  await expect(page.getByTestId('revision-row').first()).toContainText('8 words');

  // Undo brings back what was there before the restore.
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(bodyEditor(page)).toHaveText(SECOND);
  await expect(page.getByTestId('toast').filter({ hasText: 'Undone' })).toBeVisible();
  await expectSaved(page);

  // After a reload the library has the undone text: it was saved, not only shown.
  // A reload opens the story the window had open again.
  await page.reload();
  await expect(bodyEditor(page)).toHaveText(SECOND);
  await openHistory(page);
  await expect(page.getByTestId('revision-row').filter({ hasText: 'Before restore' })).toHaveCount(2);
});

test('the History panel of an imported story: imported, before export, before restore, with previews', async ({ page, newsdesk }) => {
  await page.goto(newsdesk.url);
  const story = await importFixtureStory(page.request);
  await page.reload();
  await page.getByTestId('story-open').click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(story.headline);

  // A changed headline, exported: History now holds the imported state and the exported one.
  await page.getByLabel('Headline', { exact: true }).fill('NATO agrees to expand its Iraq training mission');
  await expectSaved(page);
  const exported = await page.request.post('/api/exportStory', { data: { id: story.id, formats: ['json'] } });
  expect(exported.ok()).toBe(true);
  await page.getByLabel('Standfirst', { exact: true }).fill('Defence ministers agreed in Brussels on Wednesday.');
  await expectSaved(page);

  await openHistory(page);
  const rows = page.getByTestId('revision-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Before export');
  await expect(rows.nth(1)).toContainText('Imported');

  await rows.nth(1).click();
  await expect(page.getByTestId('revision-paper')).toContainText(story.headline);
  await expect(page.getByTestId('revision-paper').locator('img').first()).toBeVisible();
  await page.getByTestId('revision-restore').click();
  await page.getByTestId('revision-confirm-restore').click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(story.headline);
  await expectSaved(page);
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Before restore');

  await page.getByTestId('toast').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByTestId('toast')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: test.info().outputPath('history-panel.png') });

  // The preview of the imported version, pictures included (looked at, not published).
  await rows.nth(2).click();
  await expect(page.getByTestId('revision-paper').locator('img').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: test.info().outputPath('history-preview.png') });
});
