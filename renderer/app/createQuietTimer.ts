/** A timer that runs once things have been quiet for a while: each `poke` pushes the run back. */
export interface QuietTimer {
  /** Runs `run` once `delayMs` (the timer's own delay unless given) has passed with no further poke. */
  poke(delayMs?: number): void;
  /** Forgets a pending run. */
  cancel(): void;
  /** Whether a run is waiting. */
  pending(): boolean;
}

/**
 * A trailing debounce for the typing path. The usual clearTimeout-then-setTimeout costs the
 * browser a timer to cancel and one to create on every keystroke; this keeps one timer armed and,
 * when it fires early (the writer kept typing), arms it again for the time still to wait. A poke
 * is then a clock read and a field write. Reads `Date.now` when called, so fake timers drive it.
 */
export function createQuietTimer(run: () => void, delayMs: number): QuietTimer {
  let pokedAt = 0;
  let wanted = delayMs;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firesAt = 0;

  const arm = (wait: number, now: number): void => {
    firesAt = now + wait;
    timer = setTimeout(fire, wait);
  };

  function fire(): void {
    timer = null;
    const now = Date.now();
    const quiet = now - pokedAt;
    // A clock set back since the last poke counts as quiet enough, rather than holding the run for as long as it moved.
    if (quiet >= 0 && quiet < wanted) arm(wanted - quiet, now);
    else run();
  }

  return {
    poke(delay = delayMs) {
      const now = Date.now();
      pokedAt = now;
      wanted = delay;
      if (timer !== null && firesAt <= now + delay) return;
      // None armed, or armed for later than this shorter wait asks.
      if (timer !== null) clearTimeout(timer);
      arm(delay, now);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    pending: () => timer !== null,
  };
}
