// `npx tsx tests/bench/traceKeystrokes.ts [--long] [--keys N] [--rounds N] [--init SCRIPT]`: where each keystroke's
// frame goes, our page against the bare page. Types N keys (default 150) a side, alternating, into the 500-word
// story (the 20,000-word one with --long) under a Chromium trace, and prints per key: main frames, the frame's time,
// Blink's steps on the main thread (style, layout, pre-paint, paint, layerizing), and the raster after the frame
// (tiles, drawing operations replayed, time on the raster threads), the page's display list (items), and the work on
// the other threads a frame needs (the compositor thread, the display compositor's drawing and the area it redrew).
// --init runs a script in our page first, to try
// a change without a build (e.g. "document.querySelector('.story-main').style.background = 'transparent'").
import { parseArgs } from 'node:util';
import { buildBenchPages } from './buildBenchPages.ts';
import { openBaseline, openOurStory, type BenchPage } from './browser/benchPages.ts';
import { caretToMiddle, installKeyProbe, proseKeys, typeAndMeasure } from './browser/keystrokeProbe.ts';
import { ensureBenchFixtures } from './fixtures/generateBenchFixtures.ts';
import { launchBenchBrowser } from './launchBenchBrowser.ts';
import { summarizeKeystrokeFrames, type KeystrokeFrames } from './summarizeKeystrokeFrames.ts';

const { values } = parseArgs({ options: { long: { type: 'boolean', default: false }, keys: { type: 'string', default: '150' }, rounds: { type: 'string', default: '2' }, init: { type: 'string' } } });
const keys = Number(values.keys);
const rounds = Number(values.rounds);
if (!(keys > 0) || !(rounds > 0)) throw new Error('--keys and --rounds must be positive numbers');
const which = values.long ? 'long' : 'short';
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'viz', 'disabled-by-default-cc.debug', 'disabled-by-default-blink.debug', 'toplevel'];

const fixtures = await ensureBenchFixtures({ tiny: false });
const pages = await buildBenchPages(fixtures);
const browser = await launchBenchBrowser();
const story = values.long ? fixtures.longStory : fixtures.shortStory;
const bareDoc = values.long ? fixtures.longBaseline : fixtures.shortBaseline;
const sides: [string, BenchPage][] = [
  ['ours', await openOurStory(browser, pages, story, values.long ? fixtures.assetsDir : null)],
  ['bare', await openBaseline(browser, pages, which, bareDoc.content.length)],
];
try {
  if (values.init) await sides[0][1].page.evaluate(values.init);
  for (const [, side] of sides) {
    await installKeyProbe(side.page);
    await caretToMiddle(side.page);
    await side.page.bringToFront();
    await typeAndMeasure(side.page, proseKeys(40), { periodMs: 30 });
  }
  const results = new Map<string, KeystrokeFrames[]>();
  for (let round = 0; round < rounds; round++) {
    for (const [name, side] of sides) {
      await side.page.bringToFront();
      await browser.startTracing(side.page, { categories: CATEGORIES });
      await typeAndMeasure(side.page, proseKeys(keys), { periodMs: 30 });
      const trace = (await browser.stopTracing()).toString('utf8');
      results.set(name, [...(results.get(name) ?? []), summarizeKeystrokeFrames(trace, keys)]);
    }
  }
  const rows: [keyof KeystrokeFrames, string][] = [
    ['frames', 'main frames'],
    ['frameMs', 'frame (ms)'],
    ['styleMs', '  style'],
    ['layoutMs', '  layout'],
    ['prePaintMs', '  pre-paint'],
    ['paintMs', '  paint'],
    ['layerizeMs', '  layerizing'],
    ['rasterTiles', 'tiles rastered'],
    ['rasteredOps', 'drawing operations replayed'],
    ['rasterMs', 'raster (ms, off the main thread)'],
    ['displayItems', 'display items on the page'],
    ['compositorMs', 'compositor thread (ms)'],
    ['displayDrawMs', 'display compositor drawing (ms)'],
    ['redrawnKpx', 'redrawn area (thousand px)'],
  ];
  const mean = (name: string, key: keyof KeystrokeFrames) => {
    const list = results.get(name) ?? [];
    return list.reduce((sum, r) => sum + r[key], 0) / list.length;
  };
  console.log(`per key, ${rounds} traced round(s) of ${keys} keys a side, ${which} story:`);
  console.log(`${'what'.padEnd(34)} ${'ours'.padStart(8)} ${'bare'.padStart(8)}`);
  for (const [key, label] of rows) {
    const digits = key === 'rasteredOps' || key === 'displayItems' || key === 'redrawnKpx' ? 0 : key === 'frames' || key === 'rasterTiles' ? 2 : 3;
    console.log(`${label.padEnd(34)} ${mean('ours', key).toFixed(digits).padStart(8)} ${mean('bare', key).toFixed(digits).padStart(8)}`);
  }
} finally {
  for (const [, side] of sides) await side.close();
  await browser.close();
}
