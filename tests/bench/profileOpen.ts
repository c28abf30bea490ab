// `npx tsx tests/bench/profileOpen.ts [--tiny]`: a CPU profile of our page while it opens the long story
// (click in the library → editable), built unminified. Prints the functions with the most self time,
// the time per script file, the main thread's split (script, style, layout…) from a trace, and writes bench/open.cpuprofile and bench/open.trace.json (open them in Chromium's DevTools).
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildBenchPages } from './buildBenchPages.ts';
import { openButtonSelector, openOurStory, reloadAtLibrary, waitForEditable } from './browser/benchPages.ts';
import { ensureBenchFixtures } from './fixtures/generateBenchFixtures.ts';
import { launchBenchBrowser } from './launchBenchBrowser.ts';
import { printProfileSummary, type CpuProfile } from './printProfileSummary.ts';
import { summarizeTrace } from './summarizeTrace.ts';

const fixtures = await ensureBenchFixtures({ tiny: process.argv.includes('--tiny') });
const pages = await buildBenchPages(fixtures, { minify: false });
const browser = await launchBenchBrowser();
const story = fixtures.longStory;
const bench = await openOurStory(browser, pages, story, fixtures.assetsDir);
try {
  const cdp = await bench.context.newCDPSession(bench.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const rounds = 3;
  let last: CpuProfile | null = null;
  for (let round = 0; round < rounds; round++) {
    await reloadAtLibrary(bench.page);
    await bench.page.waitForSelector(openButtonSelector(story.id));
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    await bench.page.click(openButtonSelector(story.id));
    await waitForEditable(bench.page, story.body.content.length);
    const took = Date.now() - t0;
    last = ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile;
    console.log(`round ${round + 1}: ${took} ms click → editable (driver-timed)`);
  }
  // One more round under a trace: how the main thread's time splits between script, style, layout, paint…
  await reloadAtLibrary(bench.page);
  await bench.page.waitForSelector(openButtonSelector(story.id));
  await browser.startTracing(bench.page, { categories: ['devtools.timeline', 'v8.execute', 'blink', 'loading'] });
  await bench.page.click(openButtonSelector(story.id));
  await waitForEditable(bench.page, story.body.content.length);
  const traceJson = (await browser.stopTracing()).toString('utf8');
  const trace = summarizeTrace(traceJson);
  console.log(`-- main thread, traced round: ${trace.total.toFixed(1)} ms busy --`);
  for (const [name, ms] of trace.byName.slice(0, 15)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  console.log('-- timeline (from the first event) --');
  for (const line of trace.timeline) console.log(line);
  if (last) {
    printProfileSummary(last, 40);
    const out = fileURLToPath(new URL('../../bench', import.meta.url));
    await mkdir(out, { recursive: true });
    await writeFile(`${out}/open.cpuprofile`, JSON.stringify(last));
    await writeFile(`${out}/open.trace.json`, traceJson);
  }
} finally {
  await bench.close();
  await browser.close();
}
