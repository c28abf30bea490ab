// @vitest-environment jsdom
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { NinjsItem } from '@shared/export/ninjs/ninjsTypes.ts';
import { bodyToPlainText } from '@shared/story/bodyToPlainText.ts';
import { createNinjsValidator } from '../../tests/fixtures/ninjs/validateNinjs.ts';
import vectorsJson from '../../tests/fixtures/xss/vectors.json';
import { findHostileMarkup } from '../../tests/fixtures/xss/findHostileMarkup.ts';
import { writeHostileExport } from '../../tests/fixtures/xss/writeHostileExport.ts';
import { loadStoryExportFile } from '../cli/loadStoryExportFile.ts';
import { exportStoryToFolder } from './exportStoryToFolder.ts';

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'nd-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

it('the hostile story (XSS vectors everywhere, hostile picture metadata) exports valid, inert ninjs that reads back', async () => {
  const hostile = await writeHostileExport(path.join(tmp, 'src'), vectorsJson);
  const loaded = await loadStoryExportFile(hostile.file);
  const outDir = path.join(tmp, 'out');
  await exportStoryToFolder({ story: loaded.story, outDir, formats: ['ninjs'], readAsset: (id) => Promise.resolve(loaded.assets.get(id) ?? new Uint8Array()) });
  const file = path.join(outDir, 'hostile-vectors.ninjs.json');
  const item = JSON.parse(await readFile(file, 'utf8')) as NinjsItem;
  expect(createNinjsValidator()(item)).toEqual([]);
  const html = item.bodies?.find((b) => b.contenttype === 'text/html')?.value ?? '';
  expect(html.length).toBeGreaterThan(1000);
  expect(findHostileMarkup(new DOMParser().parseFromString(html, 'text/html'))).toEqual([]);
  const back = (await loadStoryExportFile(file)).story;
  expect(back.headline).toBe(loaded.story.headline);
  expect(bodyToPlainText(back.body)).toBe(bodyToPlainText(loaded.story.body));
  expect(back.rails.flatMap((r) => r.items.map((i) => i.title))).toEqual(loaded.story.rails.flatMap((r) => r.items.map((i) => i.title)));
});
