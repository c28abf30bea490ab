import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { FaultSpec } from '../../electron/core/testing/faultyFs.ts';
import { expect, faultyTest as test } from './newsdeskFixture.ts';
import { bodyEditor, expectSaved } from './storyPage.ts';

/** Each fault hits a different step of the atomic write of story.json. */
const FAULTS: { spec: FaultSpec; message: RegExp }[] = [
  {
    spec: { code: 'ENOSPC', mode: 'persistent', names: ['handle.writeFile'], pathIncludes: 'story.json' },
    message: /^Not saved: The disk holding “.+” is full; nothing was written\. Free some space and try again\./,
  },
  {
    spec: { code: 'EACCES', mode: 'persistent', names: ['open'], pathIncludes: '.story.json.' },
    message: /^Not saved: The folder “.+” is read-only; nothing was written\./,
  },
  {
    spec: { code: 'EIO', mode: 'persistent', names: ['handle.sync'], pathIncludes: 'story.json' },
    message: /^Not saved: The disk holding “.+” reported a read\/write error/,
  },
];

/** Records every text the save status shows, so a "Saved" that flashed by is caught too. */
async function recordSaveStatus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { statusLog: string[] }).statusLog = log;
    const status = document.querySelector('[data-testid="save-status"]');
    if (!status) throw new Error('no save status');
    new MutationObserver(() => log.push(status.textContent ?? '')).observe(status, { subtree: true, childList: true, characterData: true });
  });
}

function statusLog(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { statusLog: string[] }).statusLog.splice(0));
}

test('a save that fails (full disk, no permission, I/O error) keeps the text, says so, keeps the old file, and works on Retry', async ({
  page,
  newsdesk,
}) => {
  await page.goto(newsdesk.url);
  await page.getByTestId('empty-new-story').click();
  await page.getByLabel('Headline', { exact: true }).fill('Storm closes the port');
  await bodyEditor(page).click();
  await page.keyboard.type('The harbour master closed the port at noon.');
  await expectSaved(page);

  const [id] = await readdir(join(newsdesk.libraryDir, 'stories'));
  if (!id) throw new Error('no story folder');
  const folder = join(newsdesk.libraryDir, 'stories', id);
  const file = join(folder, 'story.json');
  const status = page.getByTestId('save-status');
  await recordSaveStatus(page);

  for (const { spec, message } of FAULTS) {
    const words = ` Update under ${spec.code}.`;
    const before = await readFile(file, 'utf8');
    await newsdesk.fault(spec);
    await statusLog(page);

    await bodyEditor(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(words);
    await expect(status).toHaveAttribute('data-state', 'failed');
    await expect(status.getByRole('status')).toHaveText(message);
    await expect(bodyEditor(page)).toContainText(words.trim());
    expect(await readFile(file, 'utf8'), `${spec.code}: the previous version is intact`).toBe(before);
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp')), `${spec.code}: no temp file`).toEqual([]);
    expect((await statusLog(page)).filter((text) => text.startsWith('Saved')), `${spec.code}: never "Saved" while failing`).toEqual([]);

    expect(await newsdesk.clearFault(), `${spec.code}: the fault really hit`).toBeGreaterThan(0);
    await status.getByRole('button', { name: 'Retry' }).click();
    await expectSaved(page);
    const after = await readFile(file, 'utf8');
    expect(after, `${spec.code}: the retried save is on disk`).toContain(words.trim());
    expect(JSON.parse(after)).toMatchObject({ id, headline: 'Storm closes the port' });
  }
  // Everything typed survives a reload.
  // A reload opens the story the window had open again.
  await page.reload();
  for (const { spec } of FAULTS) await expect(bodyEditor(page)).toContainText(`Update under ${spec.code}.`);
});
