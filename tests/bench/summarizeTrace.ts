import { pageMainThread, parseTraceEvents } from './traceEvents.ts';

/**
 * Sums the top-level duration of each kind of work on the page's main thread
 * (`CrRendererMain`) in a Chrome trace: script, style, layout, paint, parsing, GC…
 * Nested events are not counted twice: only events not inside another timed event are summed.
 * The timeline lists those of 1 ms or more, from the first event.
 */
export function summarizeTrace(traceJson: string): { total: number; byName: [string, number][]; timeline: string[] } {
  const events = parseTraceEvents(traceJson);
  const main = pageMainThread(events);
  if (!main) return { total: 0, byName: [], timeline: [] };
  const timed = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && (e.dur ?? 0) > 0 && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const byName = new Map<string, number>();
  let openUntil = -1;
  let total = 0;
  const timeline: string[] = [];
  const t0 = timed[0]?.ts ?? 0;
  for (const event of timed) {
    if (event.ts < openUntil) continue;
    const dur = (event.dur ?? 0) / 1000;
    byName.set(event.name, (byName.get(event.name) ?? 0) + dur);
    total += dur;
    if (dur >= 1) timeline.push(`${((event.ts - t0) / 1000).toFixed(1).padStart(8)} ms  +${dur.toFixed(1)} ms  ${event.name}`);
    openUntil = event.ts + (event.dur ?? 0);
  }
  return { total, byName: [...byName.entries()].sort((a, b) => b[1] - a[1]), timeline };
}
