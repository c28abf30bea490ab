/** Runs `fn` repeatedly and returns the median time per call in milliseconds. */
export async function measure(fn: () => unknown, { rounds = 15, warmup = 3 }: { rounds?: number; warmup?: number } = {}): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
