// `npm run bench [-- --only <name>[,<name>…]] [--tiny] [--key-rounds N]`: runs the benchmarks of issue 5, each
// side by side with its bare baseline in the same run, and writes bench/results.json and bench/results.md.
// With --tiny, fixtures are small and results go to bench/results-tiny.* (it checks the suite runs).
// --key-rounds N types N alternating rounds a side in the keystroke benchmarks, for a narrower range: rounds of 50
// keys in 1, 2 and F (6 unless set), of 60 keys in 4 (20 unless set).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatResults } from './formatResults.ts';
import { BENCHMARKS, runBenchmarks } from './runBenchmarks.ts';

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log(`usage: npm run bench -- [--tiny] [--only ${BENCHMARKS.map((b) => b.name).join('|')}[,…]] [--key-rounds N]`);
  process.exit(0);
}
const tiny = args.includes('--tiny');
const only = args.flatMap((arg, i) => (args[i - 1] === '--only' ? arg.split(',') : arg.startsWith('--only=') ? arg.slice(7).split(',') : [])).filter(Boolean);

const keyRoundsArg = args.includes('--key-rounds') ? args[args.indexOf('--key-rounds') + 1] : args.find((arg) => arg.startsWith('--key-rounds='))?.slice(13);
const run = await runBenchmarks({ tiny, only, keyRounds: keyRoundsArg === undefined ? undefined : Number(keyRoundsArg) });
const table = formatResults(run);
const outDir = fileURLToPath(new URL('../../bench', import.meta.url));
await mkdir(outDir, { recursive: true });
const base = tiny ? 'results-tiny' : only.length > 0 ? 'results-partial' : 'results';
await writeFile(join(outDir, `${base}.json`), `${JSON.stringify(run, null, 2)}\n`);
await writeFile(join(outDir, `${base}.md`), table);
console.log(`\n${table}`);
console.log(`Written: bench/${base}.json, bench/${base}.md`);
if (run.failures.length > 0) process.exitCode = 1;
