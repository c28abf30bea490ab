// Run in a new Node process by libraryBench.ts: times one cold operation and prints `{"ms":…,"count":…}`.
//   list <libraryDir>   StoryLibrary.list() of the whole library (nothing cached: a fresh process)
//   index <indexFile>   reading and JSON.parse of one summary index file
import { readFile } from 'node:fs/promises';
import { StoryLibrary } from '../../../electron/core/StoryLibrary.ts';

const [mode, target] = process.argv.slice(2);
if (!target || (mode !== 'list' && mode !== 'index')) throw new Error('usage: libraryChild.ts list <libraryDir> | index <indexFile>');
const start = performance.now();
let count: number;
if (mode === 'list') {
  const listing = await new StoryLibrary({ libraryDir: target }).list();
  count = listing.stories.length + listing.damaged.length;
} else {
  const index = JSON.parse(await readFile(target, 'utf8')) as { stories: Record<string, unknown> };
  count = Object.keys(index.stories).length;
}
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, count }));
