import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import exifr from 'exifr';
import type { Locator, Page } from '@playwright/test';
import { makeTempDir, makeTestPicture } from './makeTestPictures.ts';
import { expect, test } from './newsdeskFixture.ts';
import { bodyEditor, expectSaved } from './storyPage.ts';

const REFERENCE = join(import.meta.dirname, '..', 'fixtures', 'iptc', 'IPTC-PhotometadataRef-Std2017.1.jpg');

/** What IPTC wrote into the reference picture (read once with exifr: dc:description, photoshop:Credit, …). */
const IPTC = {
  caption: 'The description aka caption (ref2017.1)',
  credit: 'Credit Line (ref2017.1)',
  creator: 'Creator1 (ref2017.1), Creator2 (ref2017.1)',
  source: 'Source (ref2017.1)',
  copyright: 'Copyright (Notice) 2017.1 IPTC - www.iptc.org  (ref2017.1)',
  usageTerms: 'Rights Usage Termns (ref2017.1)',
};
const HERO_ALT = 'A test chart of colour patches beside a portrait, as used by IPTC';
const FIGURE = { caption: 'A generated colour gradient.', credit: 'NEWSDESK/TEST', alt: 'Soft bands of colour from red to blue' };
const HEADLINE = 'Pictures that keep their credit';

/** Drops a picture file onto an element, at its centre, the way a browser does. */
async function dropImage(target: Locator, bytes: Buffer, name: string, type: string): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('the drop target is not visible');
  await target.evaluate(
    (element, { data, fileName, mime, x, y }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName, { type: mime }));
      element.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, clientX: x, clientY: y, bubbles: true, cancelable: true }));
    },
    { data: [...bytes], fileName: name, mime: type, x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
}

/** Pastes a picture file into the body the way a browser does: a paste event carrying only the file. */
async function pasteImage(page: Page, bytes: Buffer, name: string): Promise<void> {
  await bodyEditor(page).evaluate(
    (element, { data, fileName }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName, { type: 'image/png' }));
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { data: [...bytes], fileName: name },
  );
}

test('a photo editor imports an agency picture, its IPTC words fill the fields, the preflight guides the fixes and the export carries them', async ({ page, newsdesk }) => {
  const files = await makeTempDir();
  try {
    const gradient = await makeTestPicture(files, 'gradient.png', 'png', 320, 200, 90);

    await page.goto(newsdesk.url);
    await page.getByTestId('empty-new-story').click();
    await expect(page.getByTestId('story-view')).toBeVisible();
    await page.getByLabel('Headline', { exact: true }).fill(HEADLINE);

    // The hero from the IPTC reference file: every empty field is filled from the file and marked so.
    const hero = page.getByTestId('hero');
    await page.getByLabel('Choose hero picture').setInputFiles(REFERENCE);
    await expect(page.getByTestId('hero-image')).toBeVisible();
    await expect(hero.getByLabel('Caption', { exact: true })).toHaveValue(IPTC.caption);
    await expect(hero.getByLabel('Credit', { exact: true })).toHaveValue(IPTC.credit);
    await expect(hero.getByLabel('Alt text', { exact: true })).toHaveValue('');
    await expect(page.getByTestId('hero-facts')).toHaveText(/^\d[\d,]* × \d[\d,]* px · JPEG$/);
    await hero.getByTestId('hero-rights').locator('summary').click();
    await expect(hero.getByLabel('Creator', { exact: true })).toHaveValue(IPTC.creator);
    await expect(hero.getByLabel('Source', { exact: true })).toHaveValue(IPTC.source);
    await expect(hero.getByLabel('Copyright', { exact: true })).toHaveValue(IPTC.copyright);
    await expect(hero.getByLabel('Usage terms', { exact: true })).toHaveValue(IPTC.usageTerms);
    // Caption, credit and the four rights fields came from the file; the empty alt text did not.
    await expect(hero.getByTestId('from-file')).toHaveCount(6);

    // An edited value is the editor's own: its mark goes.
    await hero.getByLabel('Source', { exact: true }).fill('IPTC');
    await expect(hero.getByTestId('from-file')).toHaveCount(5);

    // A pasted picture becomes a body figure; this one has no metadata, so its words stay empty.
    await bodyEditor(page).click();
    await page.keyboard.type('The reference picture above carries its words in the file.');
    await pasteImage(page, await readFile(gradient.path), 'gradient.png');
    const figure = bodyEditor(page).locator('.nd-figure');
    await expect(figure).toHaveCount(1);
    await expect(figure.locator('img')).toHaveAttribute('src', `/display/${gradient.assetId}`);
    await expect(figure.getByLabel('Caption', { exact: true })).toHaveValue('');

    // The photo panel lists both pictures with what each still lacks; the hero's alt text is fixed there.
    await page.getByTestId('side-tab-pictures').click();
    const entries = page.getByTestId('photo-entry');
    await expect(entries).toHaveCount(2);
    const heroEntry = entries.nth(0);
    const figureEntry = entries.nth(1);
    await expect(heroEntry.getByTestId('photo-status')).toHaveText('no alt text');
    await expect(figureEntry.getByTestId('photo-status').locator('li')).toHaveText(['no caption', 'no credit', 'no alt text']);
    await expect(heroEntry.locator('img')).toHaveAttribute('src', /^\/(thumb|asset)\//);
    await heroEntry.getByLabel('Alt text', { exact: true }).fill(HERO_ALT);
    await expect(heroEntry.getByTestId('photo-status')).toHaveText('ready');
    await expect(hero.getByLabel('Alt text', { exact: true })).toHaveValue(HERO_ALT);

    // The preflight lists the figure's problems; "Show" jumps to the figure, into the field to fix.
    await page.getByTestId('open-export').click();
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog.getByTestId('preflight-item')).toHaveText([
      /Picture 1 in the body: no caption/,
      /Picture 1 in the body: no credit/,
      /Picture 1 in the body: no alt text/,
    ]);
    await expect(dialog.getByTestId('export-submit')).toHaveText('Export anyway');
    await dialog.getByTestId('preflight-show').nth(1).click();
    await expect(dialog).toBeHidden();
    await expect(figure).toBeInViewport();
    await expect(figure.getByLabel('Credit', { exact: true })).toBeFocused();
    // What is typed next goes into the field the problem is about; the picture stays (selected in
    // the text instead, the first key would have replaced it).
    await page.keyboard.type('EPA');
    await expect(figure.getByLabel('Credit', { exact: true })).toHaveValue('EPA');
    await expect(figure).toHaveCount(1);

    // Fixed from the panel: the figure node takes the words.
    await figureEntry.getByLabel('Caption', { exact: true }).fill(FIGURE.caption);
    await figureEntry.getByLabel('Credit', { exact: true }).fill(FIGURE.credit);
    await figureEntry.getByLabel('Alt text', { exact: true }).fill(FIGURE.alt);
    await expect(figure.getByLabel('Caption', { exact: true })).toHaveValue(FIGURE.caption);
    await expect(figure.getByLabel('Credit', { exact: true })).toHaveValue(FIGURE.credit);
    await expect(figureEntry.getByTestId('photo-status')).toHaveText('ready');

    // A file dropped onto the figure replaces its picture and keeps its words.
    const replacement = await makeTestPicture(files, 'replacement.jpg', 'jpeg', 300, 200, 200);
    await dropImage(figure.locator('img'), await readFile(replacement.path), 'replacement.jpg', 'image/jpeg');
    await expect(figure.locator('img')).toHaveAttribute('src', `/display/${replacement.assetId}`);
    await expect(figure).toHaveCount(1);
    await expect(figure.getByLabel('Caption', { exact: true })).toHaveValue(FIGURE.caption);
    await expect(figure.getByLabel('Alt text', { exact: true })).toHaveValue(FIGURE.alt);
    await expectSaved(page);

    // Nothing left to check: a plain export.
    await page.getByTestId('open-export').click();
    await expect(dialog.getByTestId('preflight-ok')).toBeVisible();
    await expect(dialog.getByTestId('preflight-item')).toHaveCount(0);
    await expect(dialog.getByTestId('export-submit')).toHaveText('Export files');
    await dialog.getByTestId('export-submit').click();
    await expect(dialog.getByTestId('export-success')).toBeVisible();

    const outDir = join(newsdesk.exportDir, 'pictures-that-keep-their-credit');
    const html = await readFile(join(outDir, 'pictures-that-keep-their-credit.html'), 'utf8');
    expect(html).toContain(IPTC.caption);
    expect(html).toContain(`<span class="credit">${IPTC.credit}</span>`);
    expect(html).toContain(`alt="${HERO_ALT}"`);
    expect(html).toContain(`<span class="credit">${FIGURE.credit}</span>`);
    expect(html).toContain(`alt="${FIGURE.alt}"`);

    // The exported JPEG renditions of the hero carry its words as XMP, the fixed alt text included.
    const images = await readdir(join(outDir, 'images'));
    const heroSha = /images\/([0-9a-f]{64})-\d+\.jpg/.exec(html)?.[1];
    expect(heroSha, 'the page refers to JPEG renditions').toBeTruthy();
    const heroJpegs = images.filter((name) => name.startsWith(`${heroSha}-`) && name.endsWith('.jpg'));
    expect(heroJpegs.length).toBeGreaterThan(0);
    for (const name of heroJpegs) {
      const xmp = (await exifr.parse(join(outDir, 'images', name), { xmp: true, iptc: false, tiff: false, mergeOutput: false })) as Record<string, Record<string, unknown>>;
      const text = JSON.stringify(xmp);
      expect(text, name).toContain(IPTC.caption);
      expect(text, name).toContain(IPTC.credit);
      expect(text, name).toContain(HERO_ALT);
      expect(text, name).toContain('Creator1 (ref2017.1)');
    }
  } finally {
    await rm(files, { recursive: true, force: true });
  }
});
