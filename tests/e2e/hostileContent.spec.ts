import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { buildSync } from 'esbuild';
import { BAD_SCHEME_HREFS } from '../fixtures/xss/buildHostileStory.ts';
import { executionHookScript, type ExecutionReport } from '../fixtures/xss/executionHook.ts';
import { isSafeUrl, linkHrefsInJson, type XssVector } from '../fixtures/xss/findHostileMarkup.ts';
import { hostileMetadata, writeHostileExport } from '../fixtures/xss/writeHostileExport.ts';
import { makeHostileJpeg } from '../fixtures/xss/makeHostileJpeg.ts';
import { importFixtureStory } from './importFixtureStory.ts';
import { makeTempDir } from './makeTestPictures.ts';
import { expect, test } from './newsdeskFixture.ts';
import { bodyEditor, expectSaved, listFolder } from './storyPage.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const vectors = JSON.parse(await readFile(join(repo, 'tests/fixtures/xss/vectors.json'), 'utf8')) as XssVector[];
/** The markup checker, bundled so it runs on the browser's own DOM. */
const CHECKER = buildSync({ entryPoints: [join(repo, 'tests/fixtures/xss/findHostileMarkup.ts')], bundle: true, format: 'iife', globalName: 'ndXssCheck', write: false })
  .outputFiles[0]?.text ?? '';
const EXPORT_ORIGIN = 'http://export.newsdesk.test';

/** Figures for the final line; filled by each test. */
const totals = { vectors: vectors.length, entrances: new Set<string>(), executions: 0, violations: 0, badSchemes: 0, exportsChecked: 0 };
test.afterAll(() => {
  console.log(
    `hostile content: ${totals.vectors} vectors, ${totals.entrances.size} entrances, executions=${totals.executions}, ` +
      `CSP violations=${totals.violations}, bad schemes=${totals.badSchemes}, exports checked=${totals.exportsChecked}`,
  );
});

async function report(page: Page): Promise<ExecutionReport> {
  return page.evaluate(() => {
    const state = (window as unknown as { __ndXss: ExecutionReport }).__ndXss;
    return { hits: [...state.hits], violations: [...state.violations] };
  });
}

function expectClean(seen: ExecutionReport, errors: string[], where: string): void {
  totals.executions += seen.hits.length;
  totals.violations += seen.violations.length;
  expect(seen.hits, `${where}: script ran`).toEqual([]);
  expect(seen.violations, `${where}: CSP violations`).toEqual([]);
  expect(errors, `${where}: console errors`).toEqual([]);
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Hostile markup in a page's live DOM, found by the bundled checker. The DOM is serialised and re-parsed in a blank
 * page, so the checker never runs inside (or adds a script to) the page it checks.
 */
async function hostileMarkupIn(page: Page): Promise<string[]> {
  const html = await page.content();
  const checkerPage = await page.context().newPage();
  try {
    await checkerPage.addScriptTag({ content: CHECKER });
    return await checkerPage.evaluate((markup) => {
      const check = (globalThis as unknown as { ndXssCheck: { findHostileMarkup(root: ParentNode): string[] } }).ndXssCheck;
      return check.findHostileMarkup(new DOMParser().parseFromString(markup, 'text/html'));
    }, html);
  } finally {
    await checkerPage.close();
  }
}

/**
 * Opens one exported story folder in Chromium, served over http (so `img-src 'self'` holds for its pictures),
 * once as written and once with its CSP removed: no script may run either way, nothing may be blocked by the CSP,
 * no address may use a scheme other than http(s)/mailto or images/, and the JSON's link marks must be web or mail.
 */
async function checkExportFolder(page: Page, dir: string, where: string, withPictures = true): Promise<void> {
  const names = await listFolder(dir);
  const htmlName = names.find((name) => name.endsWith('.html'));
  const jsonName = names.find((name) => name.endsWith('.json'));
  expect(htmlName && jsonName, `${where}: ${names.join(', ')}`).toBeTruthy();
  const html = await readFile(join(dir, htmlName ?? ''), 'utf8');
  const withoutCsp = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  expect(withoutCsp).not.toBe(html);
  await page.addInitScript(executionHookScript({ allFetches: true }));
  await page.route(`${EXPORT_ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/story.html') return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    if (pathname === '/open.html') return route.fulfill({ body: withoutCsp, contentType: 'text/html; charset=utf-8' });
    const file = normalize(join(dir, decodeURIComponent(pathname)));
    if (relative(dir, file).startsWith('..')) return route.fulfill({ status: 404 });
    return route.fulfill({ path: file });
  });
  const errors = collectErrors(page);
  for (const name of ['story.html', 'open.html']) {
    await page.goto(`${EXPORT_ORIGIN}/${name}`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(150);
    expectClean(await report(page), errors, `${where} ${name}`);
    expect(page.url()).toBe(`${EXPORT_ORIGIN}/${name}`);
    const bad = await hostileMarkupIn(page);
    totals.badSchemes += bad.length;
    expect(bad, `${where}: hostile markup in the exported HTML`).toEqual([]);
  }
  // The pictures are real and allowed by the page's own CSP (the first one is on screen, the others load lazily).
  if (withPictures) await expect.poll(() => page.locator('img').first().evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  else expect(await page.locator('img').count(), `${where}: a story without pictures`).toBe(0);
  await page.unroute(`${EXPORT_ORIGIN}/**`);

  const json = JSON.parse(await readFile(join(dir, jsonName ?? ''), 'utf8')) as { story: { body: unknown; rails: { items: { url: string }[] }[] } };
  const hrefs = [...linkHrefsInJson(json.story.body), ...json.story.rails.flatMap((rail) => rail.items.map((item) => item.url)).filter((url) => url !== '')];
  expect(hrefs.length).toBeGreaterThan(0);
  const badHrefs = hrefs.filter((href) => !isSafeUrl(href));
  totals.badSchemes += badHrefs.length;
  expect(badHrefs, `${where}: bad link marks in the JSON`).toEqual([]);
  totals.exportsChecked++;
}

function newsdeskCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(repo, 'electron/cli/newsdesk.mjs'), ...args], { cwd, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** Sets a field's value the way typing does (React sees an input event), for each text; returns the fields touched. */
async function typeIntoEveryField(page: Page, scope: string, texts: string[]): Promise<string[]> {
  return page.evaluate(
    async ({ scope, texts }) => {
      const fields = Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`${scope} input, ${scope} textarea`)).filter(
        (el) => el instanceof HTMLTextAreaElement || ['text', 'url', 'search', ''].includes(el.type),
      );
      const touched: string[] = [];
      for (const [f, field] of fields.entries()) {
        const name = field.getAttribute('aria-label') ?? field.labels?.[0]?.textContent ?? field.dataset.testid ?? field.placeholder ?? `field ${f}`;
        const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
        const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
        const setValue = (el: HTMLInputElement | HTMLTextAreaElement, value: string): void => descriptor?.set?.call(el, value);
        const limit = field.maxLength > 0 ? field.maxLength : Infinity;
        // Every vector goes into at least three fields; each field gets its share one by one, then all that fit at once.
        const share = texts.filter((text, i) => (i + f) % Math.max(1, Math.floor(fields.length / 3)) === 0 && text.length <= limit);
        const packed = texts.reduce((all, text) => (all.length + text.length <= Math.min(limit, 4_000) ? all + text : all), '');
        for (const [i, text] of [...share, packed].entries()) {
          if (!field.isConnected) break;
          field.focus();
          setValue(field, text);
          field.dispatchEvent(new Event('input', { bubbles: true }));
          if (field.dataset.testid === 'field-tags' && i < 8) field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
          if (i % 20 === 19) await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        field.blur();
        touched.push(name.trim());
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      return touched;
    },
    { scope, texts },
  );
}

/** Pastes clipboard HTML the way a browser does: a paste event with a text/html DataTransfer on the editor. */
async function pasteBatches(page: Page, batches: string[]): Promise<void> {
  await bodyEditor(page).evaluate(async (element, all) => {
    for (const html of all) {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'pasted text');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }, batches);
}

/** A fresh page on the app with the execution hook in place; `step` logs each stage's time and what the hook saw. */
async function openApp(page: Page, url: string): Promise<{ errors: string[]; step: (name: string) => Promise<void> }> {
  await page.addInitScript(executionHookScript({ allFetches: false }));
  const errors = collectErrors(page);
  let last = Date.now();
  const step = async (name: string) => {
    const seen = await report(page);
    console.log(`  ${name}: ${Date.now() - last} ms, ${seen.hits.length} script calls, ${seen.violations.length} CSP violations`);
    last = Date.now();
  };
  await page.goto(url);
  return { errors, step };
}

/** A new story with a headline and a few words in its body, made from the (empty) library; returns its id once saved. */
async function newStory(page: Page, libraryDir: string, headline: string): Promise<string> {
  const before = new Set(await listFolder(join(libraryDir, 'stories')));
  await page.getByTestId('library-new-story').or(page.getByTestId('empty-new-story')).click();
  await page.getByLabel('Headline', { exact: true }).fill(headline);
  await bodyEditor(page).click();
  await page.keyboard.type('Words to link. ');
  await expectSaved(page);
  const id = (await listFolder(join(libraryDir, 'stories'))).find((name) => !before.has(name));
  expect(id, 'the new story has a folder').toBeTruthy();
  return id ?? '';
}

/** The app has run nothing and left no inline script; then its export of the story is checked as a stranger would open it. */
async function expectAppCleanAndExportInert(page: Page, errors: string[], id: string, where: string, withPictures = true): Promise<void> {
  await expectSaved(page);
  await page.waitForTimeout(300);
  expectClean(await report(page), errors, `the app (${where})`);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  const response = await page.request.post('/api/exportStory', { data: { id, formats: ['html', 'json'] } });
  expect(response.ok(), await response.text()).toBe(true);
  const result = (await response.json()) as { outDir: string };
  await checkExportFolder(page, result.outDir, `app export (${where})`, withPictures);
}

// Each entrance is a test of its own, with its own host and budget: together they took over two minutes on a busy
// CI machine. They share one worker (the file is not fully parallel), so the totals line adds them all up.

test('the app never runs a vector from an imported story or typed into any text field', async ({ page, newsdesk }) => {
  const files = await makeTempDir();
  try {
    const { errors, step } = await openApp(page, newsdesk.url);

    // Entrance: the JSON import (API, as the Import button), pictures with hostile XMP and IPTC first.
    const hostile = await writeHostileExport(files, vectors);
    const imported = await importFixtureStory(page.request, hostile.file);
    totals.entrances.add('JSON import (API)');
    await page.reload();
    await page.getByTestId('story-open').first().click();
    await expect(page.getByTestId('story-view')).toBeVisible();
    await expect(page.getByLabel('Kicker', { exact: true })).toHaveValue(hostile.story.kicker);
    await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(hostile.story.headline);
    await expect(page.getByTestId('hero-image')).toBeVisible();
    await step('import');

    // Entrance: every text field of the story, the details panel, rails, figures and newsletter boxes in the body.
    const texts = vectors.map((v) => v.html);
    for (const name of await typeIntoEveryField(page, '[data-testid="story-view"]', texts)) totals.entrances.add(`field: ${name}`);
    await step('story fields');
    await page.getByRole('tab', { name: /pictures/i }).click();
    for (const name of await typeIntoEveryField(page, '#side-tab-pictures', texts)) totals.entrances.add(`picture panel: ${name}`);
    await page.getByRole('tab', { name: /details/i }).click();
    await step('picture panel');

    await expectAppCleanAndExportInert(page, errors, imported.id, 'imported, typed into');
  } finally {
    await rm(files, { recursive: true, force: true });
  }
});

test('the app never runs a vector from picture metadata or pasted HTML', async ({ page, newsdesk }) => {
  const files = await makeTempDir();
  try {
    const { errors, step } = await openApp(page, newsdesk.url);
    // A small new story keeps the editor quick.
    const id = await newStory(page, newsdesk.libraryDir, 'Metadata story');

    // Entrance: picture metadata, through the hero picker (XMP + IPTC).
    const metaFile = join(files, 'metadata.jpg');
    const meta = hostileMetadata(vectors, 11);
    await writeFile(metaFile, await makeHostileJpeg(meta, 200));
    await page.getByLabel('Choose hero picture').setInputFiles(metaFile);
    await expect(page.getByTestId('hero').getByLabel('Caption', { exact: true })).toHaveValue(meta.caption);
    totals.entrances.add('picture metadata (XMP, IPTC)');
    await step('metadata');

    // Entrance: paste into the body, web clipboard and "from another Newsdesk editor" clipboard, in batches.
    const editor = bodyEditor(page);
    await editor.click();
    await page.keyboard.press('Control+End');
    const batches: string[] = [];
    for (let i = 0; i < vectors.length; i += 25) {
      const html = vectors.slice(i, i + 25).map((v) => `<p>${v.html}</p>`).join('');
      batches.push(html, `<meta charset="utf-8"><div data-pm-slice="0 0 []">${html}</div>`);
    }
    // One at a time too: an unclosed <textarea> or <plaintext> would swallow the rest of its batch.
    await pasteBatches(page, [...batches, ...vectors.map((v) => v.html)]);
    await step('paste');
    totals.entrances.add('paste into the body (web HTML)').add('paste into the body (editor slice)').add('pasted <a href>');
    // The figures' own previews (served by the app) and ProseMirror's src-less line-end separators are the only <img>s.
    const smuggled = await editor.locator('img, script, iframe, object, embed, svg, math, form, [onerror], [onload], [onclick], [onmouseover]').evaluateAll((els) =>
      els
        .filter((el) => !(el instanceof HTMLImageElement && el.attributes.length <= 6 && (el.src.startsWith(`${location.origin}/`) || (el.classList.contains('ProseMirror-separator') && !el.hasAttribute('src')))))
        .map((el) => el.outerHTML.slice(0, 200)),
    );
    expect(smuggled).toEqual([]);
    const editorHrefs = await editor.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(editorHrefs.filter((href) => !isSafeUrl(href))).toEqual([]);

    await expectAppCleanAndExportInert(page, errors, id, 'picture metadata, pasted');
  } finally {
    await rm(files, { recursive: true, force: true });
  }
});

test('the link form refuses every address a vector carries that is not web or mail', async ({ page, newsdesk }) => {
  const { errors, step } = await openApp(page, newsdesk.url);
  const id = await newStory(page, newsdesk.libraryDir, 'Link story');
  const editor = bodyEditor(page);

  // Every address a vector carries (as a browser decodes it, parsed in a blank page so the app's CSP does not see the
  // test's own parsing) and the known bad ones; each typed into the form and submitted.
  const blank = await page.context().newPage();
  const hrefs = await blank.evaluate((all) => {
    const found = new Set<string>();
    for (const html of all) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      for (const el of Array.from(doc.querySelectorAll('*'))) {
        for (const name of ['href', 'src', 'action', 'formaction', 'data', 'xlink:href']) {
          const value = el.getAttribute(name);
          if (value) found.add(value);
        }
      }
    }
    return [...found];
  }, vectors.map((v) => v.html));
  await blank.close();
  const linkAttempts = await editor.evaluate(async (element, all) => {
    const ed = (element as HTMLElement & { editor: { commands: { setTextSelection(r: { from: number; to: number }): boolean; focus(): boolean } } }).editor;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let refused = 0;
    for (const href of all) {
      ed.commands.focus();
      ed.commands.setTextSelection({ from: 1, to: 6 });
      element.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', code: 'KeyK', ctrlKey: true, bubbles: true, cancelable: true }));
      await frame();
      const form = document.querySelector<HTMLFormElement>('form.nd-link-popover');
      const input = form?.querySelector<HTMLInputElement>('input');
      if (!form || !input) throw new Error('the link form did not open');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, href);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      form.requestSubmit();
      await frame();
      const still = document.querySelector<HTMLFormElement>('form.nd-link-popover');
      if (still) {
        refused++;
        still.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
        await frame();
      }
      if (document.querySelector('form.nd-link-popover')) throw new Error(`the link form did not close after ${href}`);
    }
    return { tried: all.length, refused };
  }, [...new Set([...BAD_SCHEME_HREFS, ...hrefs])]);
  expect(linkAttempts.tried).toBeGreaterThan(50);
  expect(linkAttempts.refused).toBeGreaterThan(40);
  totals.entrances.add('link form');
  await step('link form');
  const linked = await editor.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(linked.length, 'an address the form accepts becomes a link').toBeGreaterThan(0);
  expect(linked.filter((href) => !isSafeUrl(href))).toEqual([]);

  await expectAppCleanAndExportInert(page, errors, id, 'linked', false);
});

test('the CLI exports the hostile JSON inert, imports it, and refuses a file with bad link schemes', async ({ page }) => {
  const files = await makeTempDir();
  try {
    const hostile = await writeHostileExport(join(files, 'in'), vectors);
    const out = join(files, 'out');
    const exported = await newsdeskCli(['export', hostile.file, '--out', out, '--anyway'], files);
    expect(exported.code, exported.stderr).toBe(0);
    totals.entrances.add('CLI export');
    await checkExportFolder(page, out, 'CLI export');

    const library = join(files, 'library');
    const imported = await newsdeskCli(['import', hostile.file, '--library', library], files, { NEWSDESK_DATA_DIR: join(files, 'data') });
    expect(imported.code, imported.stderr).toBe(0);
    totals.entrances.add('CLI import');
    const [storyId] = await listFolder(join(library, 'stories'));
    const saved = JSON.parse(await readFile(join(library, 'stories', storyId ?? '', 'story.json'), 'utf8')) as { headline: string; body: unknown };
    expect(saved.headline).toBe(hostile.story.headline);
    expect(linkHrefsInJson(saved.body).filter((href) => !isSafeUrl(href))).toEqual([]);

    const bad = await writeHostileExport(join(files, 'bad'), vectors, { badSchemes: true });
    const refused = await newsdeskCli(['import', bad.file, '--library', join(files, 'library2')], files, { NEWSDESK_DATA_DIR: join(files, 'data2') });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/link must start with http:\/\/, https:\/\/ or mailto:/);
    expect(await listFolder(join(files, 'library2', 'stories'))).toEqual([]);
    const refusedExport = await newsdeskCli(['export', bad.file, '--out', join(files, 'out2'), '--anyway'], files);
    expect(refusedExport.code).toBe(1);
    expect(await listFolder(join(files, 'out2'))).toEqual([]);
  } finally {
    await rm(files, { recursive: true, force: true });
  }
});
