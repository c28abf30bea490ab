/** A Chrome trace event (the fields the bench's summaries read). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; rastered_op_count?: number; current_display_list_size?: number; root_damage_rect?: string };
}

/** The events of a trace file's JSON (an object with `traceEvents`, or a bare list). */
export function parseTraceEvents(traceJson: string): TraceEvent[] {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/**
 * The page's main thread: of the renderers' main threads (`CrRendererMain`), the busiest. Other
 * renderers (another tab, a service worker) have main threads too.
 */
export function pageMainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const busy = new Map<string, number>();
  for (const e of events) if (e.ph === 'X') busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = events
    .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .sort((a, b) => (busy.get(`${b.pid}:${b.tid}`) ?? 0) - (busy.get(`${a.pid}:${a.tid}`) ?? 0))[0];
  return main ? { pid: main.pid, tid: main.tid } : null;
}
