/** Builds waiting for idle time, in the order they were asked for. */
const waiting = new Set<() => void>();
let scheduled = false;
/** Stop a slice when less than this is left of the idle period (ms): one build takes about half a millisecond. */
const SLICE_RESERVE_MS = 2;
/** Even on a page that is never idle, waiting builds run within this time (ms). */
const LATEST_MS = 500;

interface IdleDeadline {
  timeRemaining(): number;
}

function requestIdle(run: (deadline: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: LATEST_MS });
  else setTimeout(() => run({ timeRemaining: () => 8 }), 16);
}

function runSlice(deadline: IdleDeadline): void {
  scheduled = false;
  for (const build of waiting) {
    waiting.delete(build);
    build();
    if (deadline.timeRemaining() < SLICE_RESERVE_MS) break;
  }
  if (waiting.size > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestIdle(runSlice);
}

/**
 * Runs `build` when the page is idle (in slices that leave frames on time), at the latest after
 * about half a second. Returns a cancel function; calling it after the build ran does nothing.
 * A long story's off-screen blocks finish drawing this way after it has opened.
 */
export function scheduleIdleBuild(build: () => void): () => void {
  waiting.add(build);
  schedule();
  return () => {
    waiting.delete(build);
  };
}
