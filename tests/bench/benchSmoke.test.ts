// Runs every benchmark once at tiny size so that none can rot. No timing thresholds: only that each
// runs, checks its own work (text typed where expected, same search hits, autosave fired …) and
// reports finite numbers. Chromium ones included (Debian Chromium, like the e2e tests).
import { describe, expect, it } from 'vitest';
import { BENCHMARKS, runBenchmarks } from './runBenchmarks.ts';
import { formatResults } from './formatResults.ts';

describe('benchmark suite at tiny size', () => {
  it('runs every benchmark once and reports a row each', async () => {
    const lines: string[] = [];
    const run = await runBenchmarks({ tiny: true, log: (line) => lines.push(line) });
    expect(run.failures).toEqual([]);
    expect(run.results.map((r) => r.id).sort()).toEqual(
      ['keystroke-long', 'keystroke-short', 'keystroke-short-focus', 'open-story', 'autosave-cost', 'library-list-cold', 'search', 'html-export', 'atomic-save', 'startup', 'thumbnail'].sort(),
    );
    // import-typing is a full-run-only extra (it needs dist/renderer and a 24 MP import).
    expect(BENCHMARKS.map((b) => b.name)).toContain('import-typing');
    for (const result of run.results) {
      expect(result.ours.n, result.id).toBeGreaterThan(0);
      expect(result.baseline.n, result.id).toBeGreaterThan(0);
      expect(Number.isFinite(result.ratio) && result.ratio > 0, `${result.id} ratio ${result.ratio}`).toBe(true);
    }
    expect(formatResults(run)).toContain('| 9 | start-up');
  }, 300_000);
});
