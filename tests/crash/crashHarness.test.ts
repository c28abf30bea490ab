import { expect, it } from 'vitest';
import { runCrashTest } from './runCrashTest.ts';

it('survives 200 SIGKILLs mid-save: every story whole, never older than the last acknowledged save, no temp file left', async () => {
  const report = await runCrashTest({ count: 200 });
  console.log(
    `crash test: kills ${report.kills}, stories checked ${report.storiesChecked}, failures ${report.failures.length} ` +
      `(acks ${report.acks}, landed mid-save ${report.inflightLanded}, temp files swept ${report.tempFilesSwept}, ${(report.durationMs / 1000).toFixed(1)} s)`,
  );
  expect(report.failures).toEqual([]);
  expect(report.kills).toBe(200);
  expect(report.storiesChecked).toBe(600);
  // The kills must really hit saving children, or the test proves nothing.
  expect(report.acks).toBeGreaterThan(200);
  expect(report.inflightLanded + report.tempFilesSwept).toBeGreaterThan(0);
}, 180_000);
