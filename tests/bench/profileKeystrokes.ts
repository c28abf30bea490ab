// `npx tsx tests/bench/profileKeystrokes.ts [--tiny]`: a CPU profile of our story page while 150 keys
// are typed into the middle of the long story; prints the functions with the most self time and
// writes bench/keystrokes.cpuprofile (open it in Chromium's DevTools, Performance panel).
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildBenchPages } from './buildBenchPages.ts';
import { openOurStory } from './browser/benchPages.ts';
import { caretToMiddle, installKeyProbe, proseKeys, typeAndMeasure } from './browser/keystrokeProbe.ts';
import { ensureBenchFixtures } from './fixtures/generateBenchFixtures.ts';
import { launchBenchBrowser } from './launchBenchBrowser.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

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
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    const key = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber}` : '?';
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
  latencies.sort((a, b) => a - b);
  console.log(`150 keys: median ${latencies[75]?.toFixed(1)} ms, p95 ${latencies[142]?.toFixed(1)} ms`);
  for (const [name, ms] of top) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  const out = fileURLToPath(new URL('../../bench', import.meta.url));
  await mkdir(out, { recursive: true });
  await writeFile(`${out}/keystrokes.cpuprofile`, JSON.stringify(profile));
} finally {
  await bench.close();
  await browser.close();
}
