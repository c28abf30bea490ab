import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { buildPhotoXmp } from '../../electron/core/photo/buildPhotoXmp.ts';
import { makeFolderReadOnly } from '../../electron/core/testing/makeFolderReadOnly.ts';
import { importFixtureStory } from './importFixtureStory.ts';
import { makeTempDir } from './makeTestPictures.ts';
import { expect, test } from './newsdeskFixture.ts';
import { bodyEditor, expectSaved, fillExportDestination, listFolder } from './storyPage.ts';

const SEED_HEADLINE = 'NATO to expand training mission in Iraq';

interface ApiErrorBody {
  code: string;
  message: string;
}

/** True when a message reads like a sentence for a person, not a stack trace or an error code dump. */
function expectReadableMessage(body: ApiErrorBody): void {
  expect(typeof body.message).toBe('string');
  expect(body.message.length).toBeGreaterThan(10);
  expect(body.message).not.toMatch(/\n\s+at |ZodError|\[object Object\]|undefined/);
}

test('a corrupt story file is listed as damaged, left untouched, and the other stories still open', async ({ page, newsdesk }) => {
  const corruptId = 'broken-story-0001';
  const corruptFile = join(newsdesk.libraryDir, 'stories', corruptId, 'story.json');
  const corruptBytes = Buffer.from('{"schemaVersion": 1, "id": "broken-story-0001", "headline": "Half a sto');
  await mkdir(dirname(corruptFile), { recursive: true });
  await writeFile(corruptFile, corruptBytes);

  await page.goto(newsdesk.url);
  await importFixtureStory(page.request);
  await page.reload();

  const damaged = page.getByTestId('damaged-section');
  await expect(damaged).toBeVisible();
  await expect(damaged.getByTestId('damaged-story')).toHaveCount(1);
  await expect(damaged.getByTestId('damaged-story')).toContainText(corruptId);
  await expect(damaged.getByTestId('damaged-story')).toContainText(/This file could not be read: story\.json is not valid JSON/);
  await expect(damaged.getByTestId('damaged-story')).toContainText('it was left untouched');

  const rows = page.getByTestId('story-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.getByTestId('story-open')).toHaveText(SEED_HEADLINE);
  await rows.getByTestId('story-open').click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(SEED_HEADLINE);
  await expect(bodyEditor(page)).toContainText('Soleimani');
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await expect(page.getByTestId('damaged-section')).toBeVisible();

  expect(await readFile(corruptFile)).toEqual(corruptBytes);
  expect(await listFolder(join(newsdesk.libraryDir, 'stories', corruptId))).toEqual(['story.json']);
});

test('a reload reopens the story the window had open; one gone meanwhile says so and leads back to the library', async ({ page, newsdesk }) => {
  await page.goto(newsdesk.url);
  const story = await importFixtureStory(page.request);
  await page.reload();
  await page.getByTestId('story-open').click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(story.headline);

  await page.reload();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(story.headline);

  // A tab's memory may name a story another window has since removed, or be tampered with.
  await page.evaluate(() => sessionStorage.setItem('newsdesk.openStory', 'gone-story-0001'));
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'This story could not be opened' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Back to the library' }).click();
  await expect(page.getByTestId('story-row')).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId('story-row')).toHaveCount(1);

  await page.evaluate(() => sessionStorage.setItem('newsdesk.openStory', '../../etc/passwd'));
  await page.reload();
  await expect(page.getByTestId('story-row')).toHaveCount(1);
});

test('a text file named .jpg is refused as hero picture with a clear message, and the app keeps working', async ({ page, newsdesk }) => {
  const files = await makeTempDir();
  try {
    const fakePicture = join(files, 'holiday.jpg');
    await writeFile(fakePicture, 'These are my notes from the press conference, not a photo.\n');

    await page.goto(newsdesk.url);
    await page.getByTestId('empty-new-story').click();
    await expect(page.getByTestId('story-view')).toBeVisible();

    await page.getByLabel('Choose hero picture').setInputFiles(fakePicture);
    const error = page.getByTestId('hero-error');
    await expect(error).toBeVisible();
    await expect(error.getByRole('alert')).toContainText('“holiday.jpg” was not added');
    await expect(error).toContainText('not a JPEG, PNG or WebP picture');
    await expect(page.getByTestId('hero-image')).toHaveCount(0);
    await expect(page.getByLabel('Choose hero picture')).toHaveCount(1);
    expect(await listFolder(join(newsdesk.libraryDir, 'assets'))).toEqual([]);
    // Read, it can be put away; it does not wait for the next picture.
    await error.getByRole('button', { name: 'Dismiss' }).click();
    await expect(error).toHaveCount(0);

    // Still usable: the headline is typed and saved.
    await page.getByLabel('Headline', { exact: true }).fill('Council approves new bus timetable');
    await expectSaved(page);
    const [storyId] = await listFolder(join(newsdesk.libraryDir, 'stories'));
    const saved = JSON.parse(await readFile(join(newsdesk.libraryDir, 'stories', storyId ?? '', 'story.json'), 'utf8')) as {
      headline: string;
      hero: { assetId: string | null };
    };
    expect(saved.headline).toBe('Council approves new bus timetable');
    expect(saved.hero.assetId).toBeNull();
  } finally {
    await rm(files, { recursive: true, force: true });
  }
});

test('invalid API calls get clear refusals: bad id 400, unknown method 404, no session 401', async ({ page, newsdesk, playwright }) => {
  await page.goto(newsdesk.url);

  const traversal = await page.request.post('/api/getStory', { data: { id: '../../etc' } });
  expect(traversal.status()).toBe(400);
  const traversalBody = (await traversal.json()) as ApiErrorBody;
  expect(traversalBody.code).toBe('bad-input');
  expectReadableMessage(traversalBody);

  const unknown = await page.request.post('/api/formatTheDisk', { data: {} });
  expect(unknown.status()).toBe(404);
  const unknownBody = (await unknown.json()) as ApiErrorBody;
  expect(unknownBody.code).toBe('not-found');
  expectReadableMessage(unknownBody);

  // The cookie really is what lets the page in: the same call with it works.
  const listed = await page.request.post('/api/listStories', { data: {} });
  expect(listed.status()).toBe(200);

  const stranger = await playwright.request.newContext({ baseURL: newsdesk.origin });
  try {
    const refused = await stranger.post('/api/listStories', { data: {} });
    expect(refused.status()).toBe(401);
    const refusedBody = (await refused.json()) as ApiErrorBody;
    expect(refusedBody.code).toBe('unauthorized');
    expectReadableMessage(refusedBody);
    expect(refusedBody.message).toContain('token');
    const page401 = await stranger.get('/');
    expect(page401.status()).toBe(401);
  } finally {
    await stranger.dispose();
  }
  expect(await listFolder(join(newsdesk.libraryDir, 'stories'))).toEqual([]);
});

test('an export into a folder that cannot be created fails clearly, writes nothing, and the story is intact', async ({ page, newsdesk }) => {
  const root = dirname(newsdesk.libraryDir);
  const blocker = join(root, 'blocker');
  await writeFile(blocker, 'a regular file, not a folder\n');
  const target = join(blocker, 'out');

  await page.goto(newsdesk.url);
  await page.getByTestId('empty-new-story').click();
  await page.getByLabel('Headline', { exact: true }).fill('Ministers agree on mission');
  await page.getByLabel('Kicker', { exact: true }).fill('Defence');
  await bodyEditor(page).click();
  await page.keyboard.type('The ministers agreed on Thursday.');
  await expectSaved(page);

  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await fillExportDestination(dialog, target);
  await dialog.getByTestId('export-submit').click();
  const error = dialog.getByTestId('export-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('Nothing was exported');
  await expect(error).toContainText(blocker);
  await expect(error).toContainText(/is a file, not a folder/);
  // Said once, not once by the host and again by the dialog.
  expect((await error.innerText()).match(/nothing was exported/gi)).toHaveLength(1);
  await expect(dialog.getByTestId('export-success')).toHaveCount(0);

  expect((await stat(blocker)).isFile()).toBe(true);
  expect(await readFile(blocker, 'utf8')).toBe('a regular file, not a folder\n');
  expect(await listFolder(newsdesk.exportDir)).toEqual([]);
  expect((await listFolder(root)).sort()).toEqual(['blocker', 'data', 'library'].sort());

  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  // A reload opens the story the window had open again.
  await page.reload();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Ministers agree on mission');
  await expect(page.getByLabel('Kicker', { exact: true })).toHaveValue('Defence');
  await expect(bodyEditor(page)).toHaveText('The ministers agreed on Thursday.');
});

test('an export into a read-only folder shows the error, writes nothing, and loses nothing', async ({ page, newsdesk }) => {
  const locked = join(dirname(newsdesk.libraryDir), 'locked');
  await mkdir(locked);
  const readOnly = await makeFolderReadOnly(locked);
  if (!readOnly.ok) {
    console.log(`skipped: no way to make a read-only folder on this machine: ${readOnly.reason}`);
    test.skip(true, readOnly.reason);
    return;
  }
  try {
    await page.goto(newsdesk.url);
    await page.getByTestId('empty-new-story').click();
    await page.getByLabel('Headline', { exact: true }).fill('Read-only export');
    await bodyEditor(page).click();
    await page.keyboard.type('Words that must survive.');
    await expectSaved(page);

    await page.getByTestId('open-export').click();
    const dialog = page.getByTestId('export-dialog');
    await fillExportDestination(dialog, locked);
    await dialog.getByTestId('export-submit').click();
    const error = dialog.getByTestId('export-error');
    await expect(error).toContainText(`Could not write to ${locked}: the folder is read-only. Nothing was exported.`);
    await expect(dialog.getByTestId('export-success')).toHaveCount(0);
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  } finally {
    await readOnly.undo();
  }
  expect(await listFolder(locked)).toEqual([]);
  // A reload opens the story the window had open again.
  await page.reload();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Read-only export');
  await expect(bodyEditor(page)).toHaveText('Words that must survive.');
});

test('a save that fails is never shown as Saved, keeps the words on screen, and succeeds on Retry', async ({ page, newsdesk }) => {
  await page.goto(newsdesk.url);
  await page.getByTestId('empty-new-story').click();
  await page.getByLabel('Headline', { exact: true }).fill('Before the disk broke');
  await expectSaved(page);
  const [storyId] = await listFolder(join(newsdesk.libraryDir, 'stories'));
  const storyFolder = join(newsdesk.libraryDir, 'stories', storyId ?? '');
  const storyFile = join(storyFolder, 'story.json');
  const savedBytes = await readFile(storyFile);

  const readOnly = await makeFolderReadOnly(storyFolder);
  if (!readOnly.ok) {
    console.log(`skipped: no way to make a read-only folder on this machine: ${readOnly.reason}`);
    test.skip(true, readOnly.reason);
    return;
  }
  const status = page.getByTestId('save-status');
  try {
    await page.getByLabel('Headline', { exact: true }).fill('After the disk broke');
    await expect(status).toHaveAttribute('data-state', 'failed');
    await expect(status).toContainText('Not saved');
    await expect(status).toContainText(/read-only/i);
    // Nothing half-written: the file on disk is still the last good save, and the words are still on screen.
    expect(await readFile(storyFile)).toEqual(savedBytes);
    await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('After the disk broke');
  } finally {
    await readOnly.undo();
  }
  await status.getByRole('button', { name: 'Retry' }).click();
  await expectSaved(page);
  // A reload opens the story the window had open again.
  await page.reload();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('After the disk broke');
});

test('hostile clipboard HTML is pasted as plain formatting, and the export carries no script', async ({ page, newsdesk }) => {
  const hostile = [
    '<p>Plain start <b>bold words</b> and <i>italic words</i> end.</p>',
    '<img src="x" onerror="window.__pwned=1">',
    '<script>window.__pwned=2</script>',
    '<p><a href="javascript:window.__pwned=3">click me</a> after the link</p>',
    '<p onmouseover="window.__pwned=4"><span style="font-weight:700">styled bold</span></p>',
  ].join('');

  await page.goto(newsdesk.url);
  await page.getByTestId('empty-new-story').click();
  await page.getByLabel('Headline', { exact: true }).fill('Paste test');
  const editor = bodyEditor(page);
  await editor.click();
  await editor.evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Plain start bold words and italic words end.');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, hostile);

  await expect(editor.locator('strong')).toContainText(['bold words']);
  await expect(editor.locator('em')).toHaveText(['italic words']);
  await expect(editor).toContainText('click me after the link');
  await expectSaved(page);
  // Give a smuggled image or script every chance to run before looking.
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(editor.locator('img, script, iframe, [onerror], [onmouseover]')).toHaveCount(0);
  await expect(editor.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(page.locator('script:not([src])')).toHaveCount(0);

  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-success')).toBeVisible();

  const html = await readFile(join(newsdesk.exportDir, 'paste-test', 'paste-test.html'), 'utf8');
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  expect(scripts).toEqual(['<script type="application/ld+json">']);
  expect(html).not.toMatch(/javascript:/i);
  expect(html).not.toMatch(/\bon(error|mouseover|load)\s*=/i);
  expect(html).not.toMatch(/<img\b/i);
  expect(html).toContain('<strong>bold words</strong>');
  expect(html).toContain('<em>italic words</em>');
  expect(html).toContain('click me');
  expect((await listFolder(join(newsdesk.exportDir, 'paste-test'))).sort()).toEqual(['paste-test.html', 'paste-test.json']);
  const json = await readFile(join(newsdesk.exportDir, 'paste-test', 'paste-test.json'), 'utf8');
  expect(json).not.toMatch(/javascript:|onerror|<script/i);
});

test('a picture whose metadata holds HTML and script shows and exports it as text, never runs it', async ({ page, newsdesk }) => {
  const caption = '<img src=x onerror="window.__pwned=1">Summit hall';
  const credit = '<script>window.__pwned=2</script>AGENCY';
  const dir = dirname(newsdesk.libraryDir);
  const file = join(dir, 'hostile-metadata.jpg');
  const pixels = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } }).jpeg().toBuffer();
  await writeFile(file, await sharp(pixels).withXmp(buildPhotoXmp({ caption, creditLine: credit })).jpeg().toBuffer());

  await page.goto(newsdesk.url);
  await page.getByTestId('empty-new-story').click();
  await page.getByLabel('Headline', { exact: true }).fill('Hostile metadata');
  await page.getByLabel('Choose hero picture').setInputFiles(file);
  const hero = page.getByTestId('hero');
  await expect(hero.getByLabel('Caption', { exact: true })).toHaveValue(caption);
  await expect(hero.getByLabel('Credit', { exact: true })).toHaveValue(credit);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expectSaved(page);

  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-success')).toBeVisible();
  const html = await readFile(join(newsdesk.exportDir, 'hostile-metadata', 'hostile-metadata.html'), 'utf8');
  expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;Summit hall');
  expect(html).toContain('&lt;script&gt;window.__pwned=2&lt;/script&gt;AGENCY');
  expect(html).not.toContain('<img src=x');
  expect(html.match(/<script\b/g)).toHaveLength(1);
});
