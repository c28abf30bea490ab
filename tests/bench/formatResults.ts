import type { BenchRun } from './runBenchmarks.ts';

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

/** The results as a Markdown table (median, p95, max of both sides, the ratio, the goal and whether it is met). */
export function formatResults(run: BenchRun): string {
  const lines = [
    `Newsdesk benchmarks, ${run.date.slice(0, 10)}${run.tiny ? ' (tiny fixtures: checks that it runs, not speed)' : ''}. ` +
      `Machine: ${run.machine.cores} cores (${run.machine.cpu}), ${run.machine.platform}, Node ${run.machine.node}. Times in ms.`,
    '',
    '| # | benchmark | ours median / p95 / max | baseline median / p95 / max | baseline | ratio | goal | met? |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of run.results) {
    const digits = r.higherIsBetter ? 1 : 2;
    const range = r.ratioRange ? `; ${Math.round(r.ratioRange.level * 100)}% range ${r.ratioRange.low.toFixed(digits)}–${r.ratioRange.high.toFixed(digits)}` : '';
    const ratio = r.higherIsBetter ? `${r.ratio.toFixed(1)}× faster (${r.compare}${range})` : `${r.ratio.toFixed(2)} (${r.compare}${range})`;
    const met = r.met === null ? '–' : `${r.met ? 'yes' : '**no**'}${r.settled === false ? ', not settled' : ''}`;
    lines.push(
      `| ${r.number} | ${r.title} | ${ms(r.ours.median)} / ${ms(r.ours.p95)} / ${ms(r.ours.max)} (n=${r.ours.n}) | ${ms(r.baseline.median)} / ${ms(r.baseline.p95)} / ${ms(r.baseline.max)} (n=${r.baseline.n}) | ${r.baselineName} | ${ratio} | ${r.goal} | ${met} |`,
    );
  }
  if (run.results.some((r) => r.ratioRange !== null))
    lines.push(
      '',
      'Range: where the ratio could fall on another run of the same code on this machine, resampled from the run’s own ' +
        'A/B rounds (tests/bench/ratioRange.ts). "Not settled": one end of that range meets the goal and the other does not.',
    );
  const notes = run.results.flatMap((r) => r.notes.map((note) => `- ${r.number}: ${note}`));
  if (notes.length > 0) lines.push('', 'Notes:', ...notes);
  if (run.failures.length > 0) lines.push('', 'Failed:', ...run.failures.map((f) => `- ${f.name}: ${f.error.split('\n')[0] ?? ''}`));
  return `${lines.join('\n')}\n`;
}
