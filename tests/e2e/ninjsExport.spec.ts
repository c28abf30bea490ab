import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { NinjsItem } from '@shared/export/ninjs/ninjsTypes.ts';
import { createNinjsValidator } from '../fixtures/ninjs/validateNinjs.ts';
import { importFixtureStory } from './importFixtureStory.ts';
import { expect, test } from './newsdeskFixture.ts';
import { fillExportDestination, listFolder } from './storyPage.ts';

test('a desk editor exports the story as IPTC ninjs 2.2 from the export dialog; the file validates with ajv', async ({ page, newsdesk }) => {
  await page.goto(newsdesk.url);
  const story = await importFixtureStory(page.request);
  await page.reload();
  await page.getByTestId('story-open').click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(story.headline);

  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  const ninjs = dialog.getByRole('checkbox', { name: /^IPTC ninjs 2\.2 \(JSON\)/ });
  await expect(ninjs).not.toBeChecked();
  await ninjs.check();
  await dialog.getByRole('checkbox', { name: /^HTML/ }).uncheck();
  await dialog.getByRole('checkbox', { name: /^JSON/ }).uncheck();
  const outDir = join(newsdesk.exportDir, 'ninjs-out');
  await fillExportDestination(dialog, outDir);
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-success')).toBeVisible();
  const slug = 'nato-to-expand-training-mission-in-iraq';
  await expect(dialog.getByTestId('export-files')).toContainText(`${slug}.ninjs.json`);

  // The file on disk: valid against the committed ninjs 2.2 schema (ajv, draft 2020-12, formats checked).
  const item = JSON.parse(await readFile(join(outDir, `${slug}.ninjs.json`), 'utf8')) as NinjsItem;
  expect(createNinjsValidator()(item)).toEqual([]);
  expect(item.uri).toBe(`urn:newsdesk:story:${story.id}`);
  expect(item.headlines?.[0]).toEqual({ role: 'main', value: story.headline });
  expect(item.pubstatus).toBe('usable');
  expect(item.bodies?.[0]?.wordcount).toBeGreaterThan(100);

  // The hero, AP-style, with renditions that are the real files beside it, at their true size.
  const hero = item.associations?.find((a) => a.name === 'hero');
  expect(hero?.descriptions?.find((d) => d.role === 'creditline')?.value).toBe('EPA/MAURIZIO GAMBARINI');
  expect(hero?.descriptions?.find((d) => d.role === 'caption')?.value).toMatch(/^Participants sit in front of the Nato logo/);
  const renditions = hero?.renditions ?? [];
  expect(renditions.length).toBeGreaterThanOrEqual(2);
  for (const r of renditions) {
    const meta = await sharp(fileURLToPath(r.href ?? '')).metadata();
    expect([meta.width, meta.height]).toEqual([r.width, r.height]);
  }
  // Only the ninjs and the renditions it references: no HTML, no JSON, no originals.
  expect(await listFolder(outDir)).toEqual(expect.arrayContaining([`${slug}.ninjs.json`, 'images']));
  expect((await listFolder(outDir)).length).toBe(2);
  expect((await listFolder(join(outDir, 'images'))).sort()).toEqual(renditions.map((r) => (r.href ?? '').split('/').pop()).sort());
});
