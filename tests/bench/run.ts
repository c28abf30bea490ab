// `npm run bench`: each Newsdesk path is timed side by side with a bare baseline doing the
// least the same job needs, in the same run, and the ratio is reported (lower is better).
import { mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import StarterKit from '@tiptap/starter-kit';
import { parseStoryExport } from '@shared/export/parseStoryExport.ts';
import { renderStoryHtml } from '@shared/export/renderStoryHtml.ts';
import { newId } from '@shared/story/createStory.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { StoryLibrary } from '../../electron/core/StoryLibrary.ts';
import { SEED_STORY_FILE } from '../e2e/importFixtureStory.ts';
import { measure } from './measure.ts';
import { thumbnailBench } from './thumbnailBench.ts';
import { typingWhileImportBench } from './typingWhileImportBench.ts';

interface Row {
  name: string;
  newsdesk: number;
  baseline: number;
  baselineName: string;
}

const rows: Row[] = [];
const seed = parseStoryExport(await readFile(SEED_STORY_FILE, 'utf8')).story;
const root = await mkdtemp(join(tmpdir(), 'nd-bench-'));

try {
  // 1. Autosave of a full story: validate + serialise + atomic write with fsync, vs a bare writeFile.
  const library = new StoryLibrary({ libraryDir: join(root, 'library') });
  await library.ensureFolders();
  const story = await library.importStory({ ...seed, id: newId() });
  let base = story.updatedAt;
  const saveTime = await measure(async () => {
    base = (await library.save({ ...story, updatedAt: base }, base)).updatedAt;
  });
  const plainFile = join(root, 'plain.json');
  const plainSave = await measure(() => writeFile(plainFile, JSON.stringify(story)));
  rows.push({ name: 'autosave one story (atomic + fsync)', newsdesk: saveTime, baseline: plainSave, baselineName: 'fs.writeFile(JSON.stringify), no fsync' });
  const durableSave = await measure(async () => {
    const handle = await open(plainFile, 'w');
    await handle.writeFile(JSON.stringify(story));
    await handle.sync();
    await handle.close();
  });
  rows.push({ name: 'autosave one story (atomic + fsync)', newsdesk: saveTime, baseline: durableSave, baselineName: 'in-place write + one fsync (not crash-safe)' });

  // 2. Listing a library of 300 stories, warm, vs reading and parsing every file.
  for (let i = 0; i < 300; i++) await library.importStory({ ...seed, id: newId(), headline: `${seed.headline} ${i}` });
  await library.list();
  const listTime = await measure(() => library.list());
  const storiesDir = join(root, 'library', 'stories');
  const bareList = await measure(async () => {
    const ids = await readdir(storiesDir);
    await Promise.all(ids.map(async (id) => JSON.parse(await readFile(join(storiesDir, id, 'story.json'), 'utf8')) as Story));
  });
  rows.push({ name: 'list 301 stories (warm cache)', newsdesk: listTime, baseline: bareList, baselineName: 'readdir + read + JSON.parse all' });

  const searchTime = await measure(() => library.list('Stoltenberg welcome'));
  rows.push({ name: 'full-text search 301 stories', newsdesk: searchTime, baseline: bareList, baselineName: 'readdir + read + JSON.parse all' });

  // 3. HTML export of the reference story vs the bare static renderer on its body alone.
  const htmlTime = await measure(() => renderStoryHtml(seed), { rounds: 40 });
  const starter = [StarterKit];
  const bareBody = { type: 'doc', content: seed.body.content.filter((n) => n.type === 'paragraph') };
  const bareHtml = await measure(() => renderToHTMLString({ content: bareBody, extensions: starter }), { rounds: 40 });
  rows.push({ name: 'render story HTML (whole page)', newsdesk: htmlTime, baseline: bareHtml, baselineName: 'static-renderer, body paragraphs only' });

  // 4. The photo desk's thumbnail of a 24-megapixel JPEG vs a bare sharp resize.
  rows.push(...(await thumbnailBench()));

  // 5. Typing in the body editor while a 24 MP JPEG becomes the hero picture, vs typing alone (real Chromium).
  rows.push(...(await typingWhileImportBench()));
} finally {
  await rm(root, { recursive: true, force: true });
}

console.log('\nNewsdesk benchmarks (median ms per call; ratio = Newsdesk / baseline)\n');
console.log(`${'path'.padEnd(40)} ${'newsdesk'.padStart(10)} ${'baseline'.padStart(10)} ${'ratio'.padStart(7)}  baseline`);
for (const r of rows) {
  console.log(`${r.name.padEnd(40)} ${r.newsdesk.toFixed(3).padStart(10)} ${r.baseline.toFixed(3).padStart(10)} ${(r.newsdesk / r.baseline).toFixed(2).padStart(7)}  ${r.baselineName}`);
}
