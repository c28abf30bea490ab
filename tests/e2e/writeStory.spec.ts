import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeTempDir, makeTestPicture, sha256OfFile } from './makeTestPictures.ts';
import sharp from 'sharp';
import { expect, test } from './newsdeskFixture.ts';
import { bodyEditor, bodyToolbar, chosenRendition, expectEditorSelection, expectSaved, listFolder, naturalWidth } from './storyPage.ts';


/** The JPEG rendition an exported page uses as its <img src>: at most 960 px wide, never upscaled. */
function renditionSrc(picture: { assetId: string; width: number }): string {
  return `images/${picture.assetId.slice(0, 64)}-${Math.min(960, picture.width)}.jpg`;
}
const STORY = {
  headline: 'NATO to expand training mission in Iraq',
  standfirst: 'Defence ministers agreed to take over part of the coalition training of Iraqi forces.',
  byline: 'New Europe Online/KG',
  dateline: 'Brussels',
  kicker: 'World',
};
const PARAGRAPH = 'NATO agreed to expand its training mission in Iraq.';
const LIST_ITEMS = ['Training resumes soon', 'Troops stay only while welcome'];
const LINK_LINE = 'Read the full statement';
const LINK_WORD = 'statement';
const LINK_HREF = 'https://www.nato.int/cps/en/natohq/statement.htm';
const HERO = {
  caption: 'Participants sit in front of the Nato logo during the NATO summit in Newport, South Wales, 04 September 2014.',
  credit: 'EPA/MAURIZIO GAMBARINI',
  alt: 'Participants seated in front of a large NATO emblem',
};
const FIGURE = { caption: 'Jens Stoltenberg speaks to reporters in Brussels.', credit: 'AP/VIRGINIA MAYO', alt: 'The NATO secretary general at a lectern' };
const RAIL_ITEMS = [
  { rail: 'Latest', title: 'Ministers meet in Brussels', teaser: 'Two days of talks on the mission.', url: 'https://example.com/latest/ministers' },
  { rail: "Don't miss", title: 'Inside the Iraq mission', teaser: 'What the trainers actually do.', url: 'https://example.com/dont-miss/inside' },
];

test('a reporter writes a whole story; it survives a reload and exports to HTML and JSON', async ({ page, newsdesk }) => {
  const files = await makeTempDir();
  try {
    const heroPicture = await makeTestPicture(files, 'hero.jpg', 'jpeg', 640, 360, 40);
    const inlinePicture = await makeTestPicture(files, 'inline.png', 'png', 320, 200, 160);

    await page.goto(newsdesk.url);
    await expect(page.getByTestId('library-empty')).toBeVisible();
    await page.getByTestId('empty-new-story').click();
    await expect(page.getByTestId('story-view')).toBeVisible();

    // Header fields.
    await page.getByLabel('Headline', { exact: true }).fill(STORY.headline);
    await page.getByLabel('Standfirst', { exact: true }).fill(STORY.standfirst);
    await page.getByLabel('Byline', { exact: true }).fill(STORY.byline);
    await page.getByLabel('Dateline', { exact: true }).fill(STORY.dateline);
    await page.getByLabel('Kicker', { exact: true }).fill(STORY.kicker);
    await expect(page.getByLabel('Slug', { exact: true })).toHaveValue('nato-to-expand-training-mission-in-iraq');

    // Body: a paragraph, and the word count follows the typing.
    const words = page.getByTestId('stat-words');
    await expect(words).toHaveText('0 words');
    const editor = bodyEditor(page);
    await editor.click();
    await page.keyboard.type(PARAGRAPH);
    await expect(words).toHaveText('9 words');

    // A bullet list through the "- " input rule, then out of it with a second Enter.
    await page.keyboard.press('Enter');
    await page.keyboard.type('- ');
    await page.keyboard.type(LIST_ITEMS[0]);
    await page.keyboard.press('Enter');
    await page.keyboard.type(LIST_ITEMS[1]);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(editor.locator('ul > li')).toHaveText(LIST_ITEMS);
    await expect(words).toHaveText('17 words');

    // A link: select the last word, Ctrl+K, type the address, confirm.
    await page.keyboard.type(LINK_LINE);
    for (let i = 0; i < LINK_WORD.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await expectEditorSelection(page, LINK_WORD);
    await page.keyboard.press('Control+k');
    const linkForm = page.getByRole('dialog', { name: 'Add link' });
    await expect(linkForm).toBeVisible();
    // Typed, not filled: the address field must have taken the keys from the story.
    await expect(linkForm.getByLabel('Link address')).toBeFocused();
    await page.keyboard.type(LINK_HREF);
    await page.keyboard.press('Enter');
    await expect(linkForm).toBeHidden();
    await expect(editor.locator(`a[href="${LINK_HREF}"]`)).toHaveText(LINK_WORD);
    await page.keyboard.press('End');
    await expectEditorSelection(page, '');
    await expect(words).toHaveText('21 words');

    // An inline figure through the toolbar's Picture button and its file chooser.
    const chooser = page.waitForEvent('filechooser');
    await bodyToolbar(page).getByRole('button', { name: 'Picture', exact: true }).click();
    await (await chooser).setFiles(inlinePicture.path);
    const figure = editor.locator('.nd-figure');
    await expect(figure).toHaveCount(1);
    await expect.poll(() => naturalWidth(figure.locator('img'))).toBe(inlinePicture.width);
    await figure.getByLabel('Caption', { exact: true }).fill(FIGURE.caption);
    await figure.getByLabel('Credit', { exact: true }).fill(FIGURE.credit);
    await figure.getByLabel('Alt text', { exact: true }).fill(FIGURE.alt);

    // An ad slot.
    await bodyToolbar(page).getByRole('button', { name: 'Ad slot', exact: true }).click();
    await expect(editor.locator('.nd-ad-slot')).toHaveCount(1);
    await expect(editor.locator('.nd-ad-slot')).toContainText('- Advertisement -');

    // The hero picture and its words.
    const hero = page.getByTestId('hero');
    await page.getByLabel('Choose hero picture').setInputFiles(heroPicture.path);
    await expect(page.getByTestId('hero-image')).toBeVisible();
    await hero.getByLabel('Caption', { exact: true }).fill(HERO.caption);
    await hero.getByLabel('Credit', { exact: true }).fill(HERO.credit);
    await hero.getByLabel('Alt text', { exact: true }).fill(HERO.alt);

    // One item in each of the two default rails, on the side panel's Rails tab.
    await page.getByTestId('side-tab-rails').click();
    for (const [index, item] of RAIL_ITEMS.entries()) {
      const rail = page.getByTestId(`rail-${index}`);
      await expect(rail.getByLabel('Rail name', { exact: true })).toHaveValue(item.rail);
      await rail.getByRole('button', { name: 'Add item', exact: true }).click();
      await rail.getByLabel('Title', { exact: true }).fill(item.title);
      await rail.getByLabel('Teaser', { exact: true }).fill(item.teaser);
      await rail.getByLabel('URL', { exact: true }).fill(item.url);
    }

    await expectSaved(page);
    // Figure captions and the ad slot are not words of the text.
    await expect(words).toHaveText('21 words');

    // Everything is back after a reload, which opens the story again; the library lists it with its count.
    await page.reload();
    await expect(page.getByTestId('story-view')).toBeVisible();
    await page.getByTestId('current-view').getByRole('button', { name: 'Library' }).click();
    await expect(page.getByTestId('story-row')).toHaveCount(1);
    await expect(page.getByTestId('story-row')).toContainText('21 words');
    await page.reload();
    await expect(page.getByTestId('story-row')).toHaveCount(1);
    await page.getByTestId('story-open').click();
    await expect(page.getByTestId('story-view')).toBeVisible();
    await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(STORY.headline);
    await expect(page.getByLabel('Standfirst', { exact: true })).toHaveValue(STORY.standfirst);
    await expect(page.getByLabel('Byline', { exact: true })).toHaveValue(STORY.byline);
    await expect(page.getByLabel('Dateline', { exact: true })).toHaveValue(STORY.dateline);
    await expect(page.getByLabel('Kicker', { exact: true })).toHaveValue(STORY.kicker);
    await expect(words).toHaveText('21 words');

    const reopened = bodyEditor(page);
    await expect(reopened.locator('p').first()).toHaveText(PARAGRAPH);
    await expect(reopened.locator('ul > li')).toHaveText(LIST_ITEMS);
    await expect(reopened.locator('a')).toHaveCount(1);
    await expect(reopened.locator('a')).toHaveAttribute('href', LINK_HREF);
    await expect(reopened.locator('a')).toHaveText(LINK_WORD);

    await expect(hero.getByLabel('Caption', { exact: true })).toHaveValue(HERO.caption);
    await expect(hero.getByLabel('Credit', { exact: true })).toHaveValue(HERO.credit);
    await expect(hero.getByLabel('Alt text', { exact: true })).toHaveValue(HERO.alt);
    await expect(page.getByTestId('hero-image')).toHaveAttribute('alt', HERO.alt);
    await expect.poll(() => naturalWidth(page.getByTestId('hero-image'))).toBe(heroPicture.width);

    const reopenedFigure = reopened.locator('.nd-figure');
    await expect(reopenedFigure).toHaveCount(1);
    await expect(reopenedFigure.getByLabel('Caption', { exact: true })).toHaveValue(FIGURE.caption);
    await expect(reopenedFigure.getByLabel('Credit', { exact: true })).toHaveValue(FIGURE.credit);
    await expect(reopenedFigure.getByLabel('Alt text', { exact: true })).toHaveValue(FIGURE.alt);
    await expect.poll(() => naturalWidth(reopenedFigure.locator('img'))).toBe(inlinePicture.width);
    await expect(reopened.locator('.nd-ad-slot')).toHaveCount(1);

    await page.getByTestId('side-tab-rails').click();
    for (const [index, item] of RAIL_ITEMS.entries()) {
      const rail = page.getByTestId(`rail-${index}`);
      await expect(rail.getByLabel('Rail name', { exact: true })).toHaveValue(item.rail);
      await expect(rail.getByTestId('rail-item')).toHaveCount(1);
      await expect(rail.getByLabel('Title', { exact: true })).toHaveValue(item.title);
      await expect(rail.getByLabel('Teaser', { exact: true })).toHaveValue(item.teaser);
      await expect(rail.getByLabel('URL', { exact: true })).toHaveValue(item.url);
    }

    // Export both formats to the default folder.
    const slug = 'nato-to-expand-training-mission-in-iraq';
    const outDir = join(newsdesk.exportDir, slug);
    await page.getByTestId('open-export').click();
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('checkbox', { name: /^HTML/ })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: /^JSON/ })).toBeChecked();
    await expect(dialog.getByLabel('Destination folder')).toHaveValue(outDir);
    await dialog.getByTestId('export-submit').click();
    await expect(dialog.getByTestId('export-success')).toBeVisible();
    await expect(dialog.getByTestId('export-success')).toContainText(outDir);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();

    // The HTML page, read from disk.
    const html = await readFile(join(outDir, `${slug}.html`), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain(`<h1>${STORY.headline}</h1>`);
    expect(html).toContain(`<p class="kicker">${STORY.kicker}</p>`);
    expect(html).toContain(STORY.standfirst);
    expect(html).toContain(STORY.byline);
    expect(html).toContain(`<span class="dateline">${STORY.dateline}</span>`);
    expect(html).toContain(`<span class="credit">${HERO.credit}</span>`);
    expect(html).toContain(`<span class="credit">${FIGURE.credit}</span>`);
    expect(html).toMatch(new RegExp(`<figcaption>[^]*?${escapeRegExp(HERO.caption)}[^]*?</figcaption>`));
    expect(html).toMatch(new RegExp(`<figcaption>[^]*?${escapeRegExp(FIGURE.caption)}[^]*?</figcaption>`));
    // Each picture is shown from a resized rendition (at most 960 px wide as src, more in srcset).
    for (const [picture, alt] of [[heroPicture, HERO.alt], [inlinePicture, FIGURE.alt]] as const) {
      expect(html).toMatch(new RegExp(`<img src="${escapeRegExp(renditionSrc(picture))}"[^>]*srcset="[^"]+"[^>]*alt="${escapeRegExp(alt)}"`));
    }
    expect(html).toContain('<!-- ad-slot -->');
    expect(html).toContain('- Advertisement -');
    expect(html).toMatch(/<ul><li><p>Training resumes soon<\/p><\/li><li><p>Troops stay only while welcome<\/p><\/li><\/ul>/);
    expect(html).toContain(`<a href="${LINK_HREF}" rel="noopener noreferrer">${LINK_WORD}</a>`);
    const asides = html.match(/<aside class="rail"[^]*?<\/aside>/g) ?? [];
    expect(asides).toHaveLength(2);
    expect(asides[0]).toContain('Latest');
    expect(asides[0]).toContain(`<a href="${RAIL_ITEMS[0]?.url}" rel="noopener noreferrer">${RAIL_ITEMS[0]?.title}</a>`);
    expect(asides[0]).toContain(RAIL_ITEMS[0]?.teaser);
    expect(asides[1]).toMatch(/Don(&#39;|&#x27;|&apos;|')t miss/);
    expect(asides[1]).toContain(`<a href="${RAIL_ITEMS[1]?.url}" rel="noopener noreferrer">${RAIL_ITEMS[1]?.title}</a>`);
    const ld = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(html);
    expect(ld, 'the page carries a JSON-LD block').not.toBeNull();
    const article = JSON.parse(ld?.[1] ?? '') as { '@type': string; headline: string };
    expect(article['@type']).toBe('NewsArticle');
    expect(article.headline).toBe(STORY.headline);

    // The originals sit beside the JSON export, byte for byte; the page shows its renditions from there.
    for (const picture of [heroPicture, inlinePicture]) {
      const exported = join(outDir, 'images', picture.assetId);
      expect(existsSync(exported), `${exported} exists`).toBe(true);
      expect(await sha256OfFile(exported)).toBe(await sha256OfFile(picture.path));
    }
    const standalone = await page.context().newPage();
    await standalone.goto(pathToFileURL(join(outDir, `${slug}.html`)).href);
    await expect(standalone.locator('h1')).toHaveText(STORY.headline);
    for (const picture of [heroPicture, inlinePicture]) {
      expect(existsSync(join(outDir, renditionSrc(picture)))).toBe(true);
      // The browser loads a candidate from srcset (its naturalWidth follows `sizes`, so check the file itself).
      const image = standalone.locator(`img[src="${renditionSrc(picture)}"]`);
      await expect.poll(() => naturalWidth(image)).toBeGreaterThan(0);
      const { named } = await chosenRendition(image);
      const chosen = (await image.evaluate((img) => (img as HTMLImageElement).currentSrc)).split('/').pop() ?? '';
      expect((await sharp(join(outDir, 'images', chosen)).metadata()).width).toBe(named);
      expect(named).toBeLessThanOrEqual(picture.width);
    }
    await standalone.close();

    // The JSON export: lossless story plus its pictures.
    const exportJson = JSON.parse(await readFile(join(outDir, `${slug}.json`), 'utf8')) as {
      format: string;
      formatVersion: number;
      story: {
        headline: string;
        standfirst: string;
        bylines: string[];
        dateline: string;
        kicker: string;
        slug: string;
        hero: { assetId: string; caption: string; credit: string; alt: string };
        body: unknown;
        rails: { name: string; items: { title: string; teaser: string; url: string }[] }[];
      };
      assets: { assetId: string; path: string }[];
    };
    expect(exportJson.format).toBe('newsdesk-story');
    expect(exportJson.formatVersion).toBe(1);
    const story = exportJson.story;
    const { byline, ...singleFields } = STORY;
    expect(story).toMatchObject({ ...singleFields, bylines: [byline], slug });
    expect(story.hero).toEqual({ assetId: heroPicture.assetId, ...HERO, creator: '', source: '', copyright: '', usageTerms: '' });
    expect(story.rails.map((r) => r.name)).toEqual(RAIL_ITEMS.map((i) => i.rail));
    expect(story.rails.map((r) => r.items.map(({ title, teaser, url }) => ({ title, teaser, url })))).toEqual(
      RAIL_ITEMS.map(({ title, teaser, url }) => [{ title, teaser, url }]),
    );
    const body = JSON.stringify(story.body);
    for (const needle of ['"bulletList"', '"adSlot"', '"figure"', `"href":"${LINK_HREF}"`, FIGURE.caption, FIGURE.credit, PARAGRAPH]) {
      expect(body).toContain(needle);
    }
    expect(exportJson.assets.map((a) => a.assetId).sort()).toEqual([heroPicture.assetId, inlinePicture.assetId].sort());
    for (const asset of exportJson.assets) expect(existsSync(join(outDir, asset.path))).toBe(true);
  } finally {
    await rm(files, { recursive: true, force: true });
  }
});

test('the export dialog writes only the formats that are ticked', async ({ page, newsdesk }) => {
  await page.goto(newsdesk.url);
  await page.getByTestId('empty-new-story').click();
  await page.getByLabel('Headline', { exact: true }).fill('Only the page');
  await expectSaved(page);

  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  const json = dialog.getByRole('checkbox', { name: /^JSON/ });
  // Unticking a format once crashed the window (a React event read after the handler); it must just untick.
  await json.click();
  await expect(json).not.toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /^HTML/ })).toBeChecked();
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-success')).toBeVisible();
  expect(await listFolder(join(newsdesk.exportDir, 'only-the-page'))).toEqual(['only-the-page.html']);

  // With nothing ticked there is nothing to export.
  await dialog.getByRole('button', { name: 'Export again' }).click();
  await dialog.getByRole('checkbox', { name: /^HTML/ }).click();
  await expect(dialog.getByText('Choose at least one format.')).toBeVisible();
  await expect(dialog.getByTestId('export-submit')).toBeDisabled();
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('keys typed in the body reach the editor: Enter, Backspace, an input method’s composition, Ctrl+B, a list’s Tab', async ({ page, newsdesk }) => {
  await page.goto(newsdesk.url);
  await page.getByTestId('empty-new-story').click();
  const body = bodyEditor(page);
  await body.click();
  await page.keyboard.type('First line');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second linex');
  await page.keyboard.press('Backspace');
  // An input method composes "é" from "e" before committing it, as a dead key or an IME does.
  await page.keyboard.type(' caf');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'e', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: 'é', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: 'é' });
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' bold');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- one');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('two');
  await expect(body.locator(':scope > p')).toHaveText(['First line', 'Second line café bold']);
  await expect(body.locator('strong')).toHaveText('bold');
  await expect(body.locator(':scope > ul > li > ul > li')).toHaveText('two');
  await expectSaved(page);
  // A reload opens the story the window had open again.
  await page.reload();
  await expect(bodyEditor(page).locator(':scope > p')).toHaveText(['First line', 'Second line café bold']);
  await expect(bodyEditor(page).locator(':scope > ul > li > ul > li')).toHaveText('two');
});
