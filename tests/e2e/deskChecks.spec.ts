import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { importFixtureStory } from './importFixtureStory.ts';
import { makeTempDir } from './makeTestPictures.ts';
import { expect, test } from './newsdeskFixture.ts';
import { bodyEditor, expectEditorSelection } from './storyPage.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const HEADLINE = 'Depot plan TK';
const PARAGRAPHS = ['The mayor said the the plan would utilise every depot.', 'Turnout was TK per cent.'];

/** The minimal story with a TK, a doubled word and a banned word ("utilise", banned by tests/fixtures/house-rules.json). */
async function writeProblemStory(dir: string): Promise<string> {
  const data = JSON.parse(await readFile(join(FIXTURES, 'minimal-story.json'), 'utf8')) as { story: Record<string, unknown> };
  data.story.id = 'desk-checks-0001';
  data.story.headline = HEADLINE;
  data.story.body = { type: 'doc', content: PARAGRAPHS.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
  const file = join(dir, 'story.json');
  await writeFile(file, JSON.stringify(data));
  return file;
}

/** What the page's own selection holds: the editor's, or a text field's. */
function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
      return active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0);
    }
    return window.getSelection()?.toString() ?? '';
  });
}

test('the Checks tab lists a story’s problems under the desk’s house rules, and a click selects the text', async ({ page, newsdesk }) => {
  const files = await makeTempDir();
  try {
    // The desk's shared rules file, where the app looks for it: <dataDir>/house-rules.json.
    await mkdir(newsdesk.dataDir, { recursive: true });
    await copyFile(join(FIXTURES, 'house-rules.json'), join(newsdesk.dataDir, 'house-rules.json'));
    await page.goto(newsdesk.url);
    await importFixtureStory(page.request, await writeProblemStory(files));
    await page.reload();
    await page.getByTestId('story-open').click();
    await expect(bodyEditor(page)).toContainText('Turnout was TK');

    await page.getByTestId('side-tab-checks').click();
    const panel = page.getByTestId('checks-panel');
    await expect(panel.getByTestId('house-rules-source')).toContainText(join(newsdesk.dataDir, 'house-rules.json'));
    const items = panel.getByTestId('preflight-item');
    await expect(items).toHaveText([
      /^Error: Headline: “TK” placeholder/,
      /^Warning: Body, paragraph 1: doubled word “the the”/,
      /^Warning: Body, paragraph 1: “utilise” is not house style; write “use”/,
      /^Error: Body, paragraph 2: “TK” placeholder/,
    ]);
    await expect(panel.getByTestId('checks-summary')).toHaveText('2 errors, 2 warnings. Click one to go to it.');
    await page.screenshot({ path: '/tmp/pw-l-checks-tab.png' });

    // Each click selects exactly the text the problem is about, in the body or in the field.
    await items.filter({ hasText: 'paragraph 2' }).getByTestId('preflight-show').click();
    await expectEditorSelection(page, 'TK');
    expect(await selectedText(page)).toBe('TK');
    await expect(bodyEditor(page)).toBeFocused();

    await items.filter({ hasText: 'doubled word' }).getByTestId('preflight-show').click();
    await expectEditorSelection(page, 'the the');
    expect(await selectedText(page)).toBe('the the');

    await items.filter({ hasText: 'utilise' }).getByTestId('preflight-show').click();
    await expectEditorSelection(page, 'utilise');
    expect(await selectedText(page)).toBe('utilise');

    await items.filter({ hasText: 'Headline' }).getByTestId('preflight-show').click();
    await expect(page.getByTestId('field-headline')).toBeFocused();
    expect(await selectedText(page)).toBe('TK');

    // Typing the fix: the list follows a moment later (debounced), without the fixed problem.
    await page.getByTestId('field-headline').fill('Depot plan agreed');
    await expect(items).toHaveCount(3);
    await items.filter({ hasText: 'doubled word' }).getByTestId('preflight-show').click();
    await expectEditorSelection(page, 'the the');
    await page.keyboard.type('the');
    await expect(items).toHaveCount(2);
    await expect(items.first()).toHaveText(/“utilise” is not house style/);

    // The export dialog's preflight shows the same problems, and jumps the same way.
    await page.getByTestId('open-export').click();
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog.getByTestId('preflight-item')).toHaveText([/“utilise” is not house style/, /paragraph 2: “TK” placeholder/]);
    await expect(dialog.getByTestId('export-submit')).toHaveText('Export anyway');
    await dialog.getByTestId('preflight-item').filter({ hasText: 'TK' }).getByTestId('preflight-show').click();
    await expect(dialog).toBeHidden();
    await expectEditorSelection(page, 'TK');
    expect(await selectedText(page)).toBe('TK');
  } finally {
    await rm(files, { recursive: true, force: true });
  }
});

test('a broken house-rules file is reported and the default rules apply', async ({ page, newsdesk }) => {
  await mkdir(newsdesk.dataDir, { recursive: true });
  await writeFile(join(newsdesk.dataDir, 'house-rules.json'), '{"headlineMax": "seventy"}');
  await page.goto(newsdesk.url);
  await page.getByTestId('empty-new-story').click();
  await page.getByLabel('Headline', { exact: true }).fill('A headline  with a double space');
  await page.getByTestId('side-tab-checks').click();
  const panel = page.getByTestId('checks-panel');
  await expect(panel.getByTestId('house-rules-broken')).toContainText('headlineMax');
  await expect(page.getByTestId('toast').filter({ hasText: 'could not be used' })).toBeVisible();
  await expect(panel.getByTestId('preflight-item')).toHaveText([/^Warning: Headline: 2 spaces in a row/]);
});
