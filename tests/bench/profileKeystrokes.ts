// `npx tsx tests/bench/profileKeystrokes.ts [--tiny]`: a CPU profile of our story page (built unminified) while
// 150 keys are typed into the middle of the long story; prints the functions with the most self and total time and
// writes bench/keystrokes.cpuprofile (open it in Chromium's DevTools, Performance panel).
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildBenchPages } from './buildBenchPages.ts';
import { openOurStory } from './browser/benchPages.ts';
import { caretToMiddle, installKeyProbe, proseKeys, typeAndMeasure } from './browser/keystrokeProbe.ts';
import { ensureBenchFixtures } from './fixtures/generateBenchFixtures.ts';
import { launchBenchBrowser } from './launchBenchBrowser.ts';
import { printProfileSummary, type CpuProfile } from './printProfileSummary.ts';

const fixtures = await ensureBenchFixtures({ tiny: process.argv.includes('--tiny') });
const pages = await buildBenchPages(fixtures, { minify: false });
const browser = await launchBenchBrowser();
const bench = await openOurStory(browser, pages, fixtures.longStory, fixtures.assetsDir);
try {
  await installKeyProbe(bench.page);
  await caretToMiddle(bench.page);
  await typeAndMeasure(bench.page, proseKeys(30), { periodMs: 30 });
  const cdp = await bench.context.newCDPSession(bench.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const latencies = await typeAndMeasure(bench.page, proseKeys(150), { periodMs: 30 });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  latencies.sort((a, b) => a - b);
  console.log(`150 keys: median ${latencies[75]?.toFixed(1)} ms, p95 ${latencies[142]?.toFixed(1)} ms`);
  printProfileSummary(profile, 30);
  const out = fileURLToPath(new URL('../../bench', import.meta.url));
  await mkdir(out, { recursive: true });
  await writeFile(`${out}/keystrokes.cpuprofile`, JSON.stringify(profile));
} finally {
  await bench.close();
  await browser.close();
}
