import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveQueue, type SaveState } from './saveQueue.ts';

/** A fake save whose calls the test resolves or rejects by hand. */
function controllableSave() {
  const calls: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const save = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const done = (): void => void inFlight--;
      calls.push({ resolve: () => (done(), resolve()), reject: (e) => (done(), reject(e instanceof Error ? e : new Error(String(e)))) });
    });
  return { save, calls, maxInFlight: () => maxInFlight };
}

describe('createSaveQueue', () => {
  let states: SaveState[];
  beforeEach(() => {
    vi.useFakeTimers();
    states = [];
  });
  afterEach(() => vi.useRealTimers());
  const last = (): SaveState => states[states.length - 1];

  it('saves once, 800 ms after the last change, and then reports Saved', async () => {
    const fake = controllableSave();
    const q = createSaveQueue({ save: fake.save, onState: (s) => states.push(s), delayMs: 800 });
    q.markChanged();
    await vi.advanceTimersByTimeAsync(500);
    q.markChanged();
    await vi.advanceTimersByTimeAsync(700);
    expect(fake.calls).toHaveLength(0);
    expect(last()).toMatchObject({ dirty: true, saving: false });
    await vi.advanceTimersByTimeAsync(100);
    expect(fake.calls).toHaveLength(1);
    expect(last().saving).toBe(true);
    fake.calls[0].resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toMatchObject({ dirty: false, saving: false, failure: null });
    expect(last().lastSavedAt).not.toBeNull();
  });

  it('never runs two saves at once and queues one more for changes made during a save', async () => {
    const fake = controllableSave();
    const q = createSaveQueue({ save: fake.save, onState: (s) => states.push(s), delayMs: 100 });
    q.markChanged();
    await vi.advanceTimersByTimeAsync(100);
    expect(fake.calls).toHaveLength(1);
    q.markChanged();
    await vi.advanceTimersByTimeAsync(100);
    q.markChanged();
    await vi.advanceTimersByTimeAsync(100);
    expect(fake.calls).toHaveLength(1);
    fake.calls[0].resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.calls).toHaveLength(2);
    expect(last()).toMatchObject({ saving: true, dirty: true });
    fake.calls[1].resolve();
    await vi.advanceTimersByTimeAsync(1000);
    expect(fake.calls).toHaveLength(2);
    expect(fake.maxInFlight()).toBe(1);
    expect(last()).toMatchObject({ saving: false, dirty: false });
  });

  it('never says saved after a failure, and a retry that works clears it', async () => {
    const fake = controllableSave();
    const q = createSaveQueue({ save: fake.save, onState: (s) => states.push(s), delayMs: 100 });
    q.markChanged();
    await vi.advanceTimersByTimeAsync(100);
    fake.calls[0].reject(Object.assign(new Error('the disk is full'), { code: 'disk-full' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toMatchObject({ saving: false, dirty: true, failure: { code: 'disk-full', message: 'the disk is full' } });
    const retried = q.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.calls).toHaveLength(2);
    fake.calls[1].resolve();
    await expect(retried).resolves.toBe(true);
    expect(last()).toMatchObject({ dirty: false, failure: null });
  });

  it('flush saves immediately, waits for a save in flight, and resolves false when the save fails', async () => {
    const fake = controllableSave();
    const q = createSaveQueue({ save: fake.save, onState: (s) => states.push(s), delayMs: 10_000 });
    await expect(q.flush()).resolves.toBe(true);
    q.markChanged();
    const first = q.flush();
    expect(fake.calls).toHaveLength(1);
    q.markChanged();
    const second = q.flush();
    fake.calls[0].resolve();
    await expect(first).resolves.toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.calls).toHaveLength(2);
    fake.calls[1].reject(new Error('read-only folder'));
    await expect(second).resolves.toBe(false);
    expect(last().failure?.message).toBe('read-only folder');
  });

  it('a blocking failure (conflict) stops autosave until retry', async () => {
    const fake = controllableSave();
    const q = createSaveQueue({ save: fake.save, onState: (s) => states.push(s), delayMs: 100, blocks: (f) => f.code === 'conflict' });
    q.markChanged();
    await vi.advanceTimersByTimeAsync(100);
    fake.calls[0].reject(Object.assign(new Error('changed elsewhere'), { code: 'conflict' }));
    await vi.advanceTimersByTimeAsync(0);
    q.markChanged();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fake.calls).toHaveLength(1);
    await expect(q.flush()).resolves.toBe(false);
    expect(fake.calls).toHaveLength(1);
    const retried = q.retry();
    await vi.advanceTimersByTimeAsync(0);
    fake.calls[1].resolve();
    await expect(retried).resolves.toBe(true);
  });
});
