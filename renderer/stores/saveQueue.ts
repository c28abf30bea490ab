import { createQuietTimer } from '../app/createQuietTimer.ts';

/** Why the last save failed, in words for the status bar. */
export interface SaveFailure {
  code: string;
  message: string;
}

/** What the status bar needs to know about saving. */
export interface SaveState {
  /** A save is in flight. */
  saving: boolean;
  /** There are changes that no successful save has covered yet. */
  dirty: boolean;
  /** When the last save succeeded (or the story was loaded), ISO time. */
  lastSavedAt: string | null;
  /** The last attempt failed; cleared only by a successful save. */
  failure: SaveFailure | null;
}

export interface SaveQueueOptions {
  /** Saves the story as it is at call time. Must read its payload synchronously, before its first await. */
  save: () => Promise<void>;
  /** Called whenever the state changes. */
  onState: (state: SaveState) => void;
  /** Quiet time after the last change before saving (ms). */
  delayMs?: number;
  /** Turns a thrown error into words; the default uses `.code` and `.message`. */
  describe?: (error: unknown) => SaveFailure;
  /** Failures that stop autosave until retry() (e.g. a conflict, where retrying blindly cannot help). */
  blocks?: (failure: SaveFailure) => boolean;
  now?: () => Date;
  lastSavedAt?: string | null;
}

/** The save machinery of one open story: debounced, serial, honest about failure. */
export interface SaveQueue {
  /** Records a change and schedules a save after the quiet time. */
  markChanged: () => void;
  /** Saves now if needed (waiting for any save in flight); resolves true only when everything is saved. */
  flush: () => Promise<boolean>;
  /** Clears a blocking failure and saves now. */
  retry: () => Promise<boolean>;
  getState: () => SaveState;
  /** Stops the timer; a save in flight still finishes. */
  dispose: () => void;
}

function defaultDescribe(error: unknown): SaveFailure {
  if (typeof error === 'object' && error !== null) {
    const e = error as { code?: unknown; message?: unknown };
    const message = typeof e.message === 'string' && e.message !== '' ? e.message : 'unknown error';
    return { code: typeof e.code === 'string' ? e.code : 'internal', message };
  }
  return { code: 'internal', message: String(error) };
}

/**
 * Creates the save queue. Never runs two saves at once: a change that arrives
 * during a save queues exactly one more save after it.
 */
export function createSaveQueue(options: SaveQueueOptions): SaveQueue {
  const delayMs = options.delayMs ?? 800;
  const describe = options.describe ?? defaultDescribe;
  const blocks = options.blocks ?? (() => false);
  const now = options.now ?? (() => new Date());

  let revision = 0;
  let savedRevision = 0;
  let inflight: Promise<boolean> | null = null;
  let queuedAfterInflight = false;
  let blocked = false;
  let disposed = false;
  let state: SaveState = { saving: false, dirty: false, lastSavedAt: options.lastSavedAt ?? null, failure: null };

  function emit(patch: Partial<SaveState>): void {
    state = { ...state, ...patch };
    options.onState(state);
  }

  // Moved back by every change, with one browser timer however fast the writer types (createQuietTimer.ts).
  const quiet = createQuietTimer(() => {
    if (inflight) queuedAfterInflight = true;
    else void startSave();
  }, delayMs);

  function schedule(): void {
    if (blocked || disposed) {
      quiet.cancel();
      return;
    }
    quiet.poke();
  }

  function startSave(): Promise<boolean> {
    const rev = revision;
    emit({ saving: true });
    const run = (async (): Promise<boolean> => {
      try {
        await options.save();
        savedRevision = Math.max(savedRevision, rev);
        return true;
      } catch (error) {
        const failure = describe(error);
        blocked = blocks(failure);
        emit({ failure });
        return false;
      }
    })().then((ok) => {
      inflight = null;
      const dirty = revision !== savedRevision;
      emit(ok ? { saving: false, dirty, failure: null, lastSavedAt: now().toISOString() } : { saving: false, dirty });
      if (queuedAfterInflight) {
        queuedAfterInflight = false;
        if (dirty && !blocked) void startSave();
      }
      return ok;
    });
    inflight = run;
    return run;
  }

  async function flush(): Promise<boolean> {
    quiet.cancel();
    queuedAfterInflight = false;
    while (inflight) await inflight;
    if (revision === savedRevision) return state.failure === null;
    if (blocked) return false;
    return startSave();
  }

  return {
    markChanged() {
      revision++;
      if (!state.dirty) emit({ dirty: true });
      schedule();
    },
    flush,
    retry() {
      blocked = false;
      // A failed save leaves the story dirty, so flush() will try again.
      return flush();
    },
    getState: () => state,
    dispose() {
      disposed = true;
      quiet.cancel();
    },
  };
}
