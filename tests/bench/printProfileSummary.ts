/** The parts of a V8 CPU profile (CDP `Profiler.stop`) the summaries read. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Prints the `top` functions by self time, then by total time (self + callees), then self time per script file (ms). */
export function printProfileSummary(profile: CpuProfile, top: number): void {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const perFile = new Map<string, number>();
  const keyOf = (id: number): string => {
    const frame = byNode.get(id)?.callFrame;
    return frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() || '(native)'}:${frame.lineNumber}` : '?';
  };
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const file = frame ? frame.url.split('/').pop() || '(native)' : '?';
    const key = frame ? `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}` : '?';
    self.set(key, (self.get(key) ?? 0) + ms);
    perFile.set(file, (perFile.get(file) ?? 0) + ms);
    // Each function counts once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(keyOf(at));
    for (const name of seen) total.set(name, (total.get(name) ?? 0) + ms);
  });
  const rows = (map: Map<string, number>, n: number) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  for (const [name, ms] of rows(self, top)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  console.log('-- total (self + callees) --');
  for (const [name, ms] of rows(total, top)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  console.log('-- per file --');
  for (const [name, ms] of rows(perFile, 15)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
}
