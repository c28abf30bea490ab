/** Builds waiting for idle time, in the order they were asked for. */
const waiting = new Set<() => void>();
let scheduled = false;
/** Stop a slice when less than this is left of the idle period (ms): one build takes about half a millisecond. */
const SLICE_RESERVE_MS = 2;
/** On a page that is never idle, waiting builds start after this long (ms)… */
const LATEST_MS = 500;
/** …and then run in slices of this many ms, a frame apart, until all are done. */
const BUSY_SLICE_MS = 8;

interface IdleDeadline {
  readonly didTimeout: boolean;
  timeRemaining(): number;
}

function requestIdle(run: (deadline: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: LATEST_MS });
  else setTimeout(() => run({ didTimeout: false, timeRemaining: () => 8 }), 16);
}

function runSlice(deadline: IdleDeadline): void {
  scheduled = false;
  // Called because the page was never idle: its own timeRemaining() is 0, so take a small budget instead.
  const end = performance.now() + BUSY_SLICE_MS;
  const hasTime = deadline.didTimeout ? () => performance.now() < end : () => deadline.timeRemaining() >= SLICE_RESERVE_MS;
  for (const build of waiting) {
    waiting.delete(build);
    try {
      build();
    } catch (error) {
      // Reported like any uncaught error (console, window "error"), without stranding the other builds.
      if (typeof reportError === 'function') reportError(error);
      else console.error(error);
    }
    if (!hasTime()) break;
  }
  if (waiting.size > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestIdle(runSlice);
}

/**
 * Runs `build` when the page is idle (in slices that leave frames on time); on a page that is
 * never idle, waiting builds start after about half a second, a few milliseconds per frame.
 * Returns a cancel function; calling it after the build ran does nothing. A long story's
 * off-screen blocks finish drawing this way after it has opened.
 */
export function scheduleIdleBuild(build: () => void): () => void {
  waiting.add(build);
  schedule();
  return () => {
    waiting.delete(build);
  };
}
