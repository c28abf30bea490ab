export interface CloseHandshakeOptions {
  /** Ask the renderer to save (send `newsdesk:before-close`). */
  ask: () => void;
  /** Really close the window (the next close request will be allowed). */
  close: () => void;
  /** How long a silent renderer may hold the window open. */
  timeoutMs: number;
  /**
   * The renderer could not save. Ask the user: resolve true to close without saving, false to stay.
   * Without it the window simply stays open, which leaves a user with a broken disk no way out.
   */
  confirmDiscard?: () => Promise<boolean>;
}

export interface CloseHandshake {
  /** A close was requested; true when it may go ahead, false when it must be held back. */
  requestClose(rendererAlive: boolean): boolean;
  /** The renderer answered: true = everything saved, false = keep the window open. */
  answer(ready: boolean): void;
  /** The renderer crashed or went away: nothing left to wait for. */
  rendererGone(): void;
  dispose(): void;
}

/**
 * The close conversation as a small state machine, free of Electron so it can
 * be unit-tested: the first close is held back and the renderer asked; it
 * closes on a true answer or after timeoutMs of silence, stays open on false.
 * Answers that nobody asked for are ignored.
 */
export function createCloseHandshake({ ask, close, timeoutMs, confirmDiscard }: CloseHandshakeOptions): CloseHandshake {
  let approved = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const settle = (shouldClose: boolean): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!shouldClose) return;
    approved = true;
    close();
  };

  return {
    requestClose(rendererAlive) {
      if (approved) return true;
      if (timer !== null) return false; // Already asked: a second click changes nothing.
      if (!rendererAlive) {
        approved = true;
        return true;
      }
      timer = setTimeout(() => settle(true), timeoutMs);
      ask();
      return false;
    },
    answer(ready) {
      if (timer === null) return;
      if (ready || !confirmDiscard) return settle(ready);
      // Stop the silence timer while the user decides; "stay" leaves the window open as before.
      clearTimeout(timer);
      timer = null;
      void confirmDiscard().then(
        (discard) => settle(discard),
        () => settle(false),
      );
    },
    rendererGone() {
      if (timer !== null) settle(true);
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
