import { createStory } from '@shared/story/createStory.ts';
import { serializeStoryExport } from '@shared/export/serializeStoryExport.ts';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './newsdeskFixture.ts';
import { bodyEditor, expectSaved } from './storyPage.ts';

const SENTENCE = 'The council met late into the night and agreed the budget after a long debate about the harbour. ';

/** A long story: 400 paragraphs of one to six sentences (about 30,000 words) with a picture every 20 paragraphs. */
function longStory() {
  const content = [];
  for (let i = 0; i < 400; i++) {
    if (i > 0 && i % 20 === 0) {
      content.push({ type: 'figure' as const, attrs: { assetId: null, caption: `Picture ${i / 20}`, credit: 'EPA/JOHN DOE', alt: '', creator: '', source: '', copyright: '', usageTerms: '' } });
    }
    content.push({ type: 'paragraph' as const, content: [{ type: 'text' as const, text: `Paragraph ${i + 1}. ${SENTENCE.repeat(1 + (i % 6))}`.trim() }] });
  }
  return { ...createStory(new Date('2025-03-01T09:00:00Z')), headline: 'The long read', body: { type: 'doc' as const, content } };
}

/** Where the caret is, against the story's scroll area. */
interface CaretPlace {
  caretTop: number;
  caretBottom: number;
  areaTop: number;
  areaBottom: number;
}
async function caretPlace(page: Page): Promise<CaretPlace> {
  // The editor's own caret coordinates: a collapsed DOM range at a line's end has no box.
  return await page.evaluate<CaretPlace>(`(() => {
    const view = document.querySelector('.ProseMirror').editor.view;
    const caret = view.coordsAtPos(view.state.selection.head);
    const area = document.querySelector('.story-main').getBoundingClientRect();
    return { caretTop: caret.top, caretBottom: caret.bottom, areaTop: area.top, areaBottom: area.bottom };
  })()`);
}

/** Imports the long story into an empty library and opens it; resolves with its body once all 400 paragraphs are drawn. */
async function openLongStory(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  const response = await page.request.post('/api/importStory', { data: { json: serializeStoryExport(longStory()) } });
  expect(response.ok()).toBe(true);
  await page.reload();
  await page.getByTestId('story-open').click();
  const body = bodyEditor(page);
  await expect(body.locator(':scope > p')).toHaveCount(400);
  return body;
}

test('a long story opens complete, and a jump to its end or start leaves the caret in view', async ({ page, newsdesk }) => {
  const body = await openLongStory(page, newsdesk.url);
  // Pictures far down the body get their fields a moment after opening.
  await expect(body.locator('.nd-figure-caption textarea')).toHaveCount(19);
  await expect(body.locator('.nd-figure-caption textarea').last()).toHaveValue('Picture 19');

  await body.locator(':scope > p').first().click();
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
  const head = () => page.evaluate<number>(`document.querySelector('.ProseMirror').editor.state.selection.head`);
  const size = await page.evaluate<number>(`document.querySelector('.ProseMirror').editor.state.doc.content.size`);
  for (const [key, last, at] of [[`${mod}+End`, 'Paragraph 400.', size - 1], [`${mod}+Home`, 'Paragraph 1.', 1]] as const) {
    await page.keyboard.press(key);
    // The very end (or start) of the text, not the last line the browser had laid out.
    expect(await head()).toBe(at);
    // Off-screen paragraphs are estimated in height until drawn; the caret must still end up visible.
    await expect
      .poll(async () => {
        const place = await caretPlace(page);
        return place.caretTop >= place.areaTop && place.caretBottom <= place.areaBottom;
      })
      .toBe(true);
    await page.waitForTimeout(700);
    const place = await caretPlace(page);
    expect(place.caretTop).toBeGreaterThanOrEqual(place.areaTop);
    expect(place.caretBottom).toBeLessThanOrEqual(place.areaBottom);
    await expect(body.locator(':scope > p', { hasText: last }).first()).toBeInViewport();
  }
  // Typing there lands in the last paragraph.
  await page.keyboard.press(`${mod}+End`);
  await page.keyboard.type(' The end.');
  await expect(body.locator(':scope > p').last()).toHaveText(/harbour\. The end\.$/);
});

test('typing down past the bottom of the screen, and arrowing back up past the top, keeps the caret in view', async ({ page, newsdesk }) => {
  const body = await openLongStory(page, newsdesk.url);
  // The caret at the end of the third paragraph, near the top of the first screen.
  await page.evaluate(`(() => {
    const editor = document.querySelector('.ProseMirror').editor;
    let end = 0, seen = 0;
    editor.state.doc.forEach((node, offset) => { if (node.type.name === 'paragraph' && ++seen === 3) end = offset + node.nodeSize - 1; });
    editor.chain().focus().setTextSelection(end).run();
  })()`);
  const toolbar = page.getByRole('toolbar', { name: 'Body formatting' });
  const inView = async (): Promise<void> => {
    const place = await caretPlace(page);
    const bar = await toolbar.boundingBox();
    // Inside the scroll area, below the toolbar (drawn above the area), and above the area's bottom edge.
    expect(place.caretTop).toBeGreaterThanOrEqual(Math.max(place.areaTop, bar ? bar.y + bar.height : place.areaTop) - 1);
    expect(place.caretBottom).toBeLessThanOrEqual(place.areaBottom + 1);
  };
  // Forty new paragraphs take the caret well past the first screen: the story follows it down.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(`Line ${i + 1}`);
  }
  await inView();
  await expect(body.locator(':scope > p', { hasText: /^Line 40$/ })).toBeInViewport();
  // And back up, line by line, past the top: it follows the caret up.
  for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowUp');
  await inView();
});

test('autosave sends only the paragraph typed in; after a save whose answer was lost the next sends the whole story, with no false conflict', async ({ page, newsdesk }) => {
  const body = await openLongStory(page, newsdesk.url);
  const saves: { method: string; bytes: number }[] = [];
  page.on('request', (request) => {
    const method = /\/api\/(saveStory\w*)$/.exec(request.url())?.[1];
    if (method) saves.push({ method, bytes: request.postDataBuffer()?.byteLength ?? 0 });
  });
  /** Types at the end of the n-th paragraph (1-based). */
  const typeInParagraph = async (n: number, text: string): Promise<void> => {
    await page.evaluate(`(() => {
      const editor = document.querySelector('.ProseMirror').editor;
      let end = 0, seen = 0;
      editor.state.doc.forEach((node, offset) => { if (node.type.name === 'paragraph' && ++seen === ${n}) end = offset + node.nodeSize - 1; });
      editor.chain().focus().setTextSelection(end).run();
    })()`);
    await page.keyboard.type(text);
  };
  const status = page.getByTestId('save-status');

  // The session's first save sends the whole story; the next ones, the paragraph typed in.
  await typeInParagraph(10, ' First edit.');
  await expectSaved(page);
  await typeInParagraph(300, ' Second edit.');
  await expectSaved(page);
  expect(saves.map((s) => s.method)).toEqual(['saveStory', 'saveStoryEdits']);
  expect(saves[0].bytes).toBeGreaterThan(150_000);
  expect(saves[1].bytes).toBeLessThan(4_000);

  // The library writes the next edit, but its answer never reaches the page.
  await page.route('**/api/saveStoryEdits', async (route) => {
    await route.fetch();
    await route.abort('connectionreset');
  });
  await typeInParagraph(200, ' Third edit.');
  await expect(status).toHaveAttribute('data-state', 'failed');
  await page.unroute('**/api/saveStoryEdits');
  // Retry sends the whole story: the library finds its own words on disk, a retry and not a conflict.
  await status.getByRole('button', { name: 'Retry' }).click();
  await expectSaved(page);
  expect(saves.map((s) => s.method)).toEqual(['saveStory', 'saveStoryEdits', 'saveStoryEdits', 'saveStory']);
  await typeInParagraph(1, ' Fourth edit.');
  await expectSaved(page);
  expect(saves.at(-1)?.method).toBe('saveStoryEdits');

  // A reload opens the story the window had open again.
  await page.reload();
  for (const [n, text] of [[1, 'Fourth edit.'], [10, 'First edit.'], [200, 'Third edit.'], [300, 'Second edit.']] as const) {
    await expect(body.locator(':scope > p', { hasText: `Paragraph ${n}. ` })).toHaveText(new RegExp(`${text.replace('.', '\\.')}$`));
  }
  await expect(body.locator(':scope > p')).toHaveCount(400);
});

test('the story scrolls as a layer of its own, so a keystroke redraws only the story’s tiles, not the page around it', async ({ page, newsdesk }) => {
  const body = await openLongStory(page, newsdesk.url);
  await body.locator(':scope > p').nth(2).click();
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.story-main' });
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  let reported: { backendNodeId?: number; height: number; drawsContent: boolean }[] = [];
  cdp.on('LayerTree.layerTreeDidChange', (event) => {
    if (event.layers) reported = event.layers;
  });
  await cdp.send('LayerTree.enable');
  const visibleHeight = await page.locator('.story-main').evaluate((area) => area.clientHeight);
  // Without a GPU, Chromium composites a scroller only if it is opaque; drawn into the page's own layer, each key's
  // redrawn tiles replayed the whole scrolling content near the screen (3,000–4,000 drawing operations a key on the
  // benchmark's long story, against about 190 as a layer: `npx tsx tests/bench/traceKeystrokes.ts --long`).
  // The scroll area's own layer is the one of its node that draws: its scrolling content, far taller than the area
  // (the content's exact height still moves while off-screen paragraphs take their real size). A keystroke's frame
  // reports the page's layers; on a busy machine the first report can come before the page has settled, so each try
  // types a key and reads the latest report.
  const own = () => reported.filter((layer) => layer.backendNodeId === node.backendNodeId && layer.drawsContent);
  await expect
    .poll(
      async () => {
        await page.keyboard.type('x');
        return own().length;
      },
      { timeout: 10_000 },
    )
    .toBe(1);
  expect(own()[0]?.height).toBeGreaterThan(10 * visibleHeight);
});
