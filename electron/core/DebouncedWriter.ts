/**
 * Writes something (a cache file) some quiet time after the last change, but at least every
 * `maxDelayMs` while changes keep coming, one write at a time, and at once on flush().
 */
export class DebouncedWriter {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstChangeAt = 0;
  private writing: Promise<void> = Promise.resolve();
  private stopped = false;

  /**
   * @param write writes what changed; on failure it keeps its changes pending for the next write.
   * @param delayMs quiet time; null: only on flush().
   * @param onError gets the failures of writes no caller waits for.
   */
  constructor(
    private readonly write: () => Promise<void>,
    private readonly delayMs: number | null,
    private readonly maxDelayMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Something changed: (re)starts the quiet time. */
  changed(): void {
    if (this.stopped || this.delayMs === null) return;
    const now = Date.now();
    if (this.timer) clearTimeout(this.timer);
    else this.firstChangeAt = now;
    const delay = Math.max(0, Math.min(this.delayMs, this.firstChangeAt + this.maxDelayMs - now));
    this.timer = setTimeout(() => {
      this.timer = null;
      this.run().catch(this.onError);
    }, delay);
  }

  /** Writes now, unless automatic writes are off or stopped (then only flush() writes). */
  soon(): void {
    if (this.stopped || this.delayMs === null) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.run().catch(this.onError);
  }

  /** Writes now and resolves when done; rejects if the write fails. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.run();
  }

  /** No more automatic writes; flush() still writes. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): Promise<void> {
    const run = this.writing.then(() => this.write());
    this.writing = run.catch(() => undefined);
    return run;
  }
}
