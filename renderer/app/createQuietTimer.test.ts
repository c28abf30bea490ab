import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQuietTimer } from './createQuietTimer.ts';

describe('createQuietTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, the delay after the last poke, however many pokes came before', () => {
    const run = vi.fn();
    const timer = createQuietTimer(run, 300);
    for (let i = 0; i < 10; i++) {
      timer.poke();
      vi.advanceTimersByTime(100);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(199);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(timer.pending()).toBe(false);
    vi.advanceTimersByTime(5_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('keeps a single browser timer while pokes keep coming', () => {
    const set = vi.spyOn(globalThis, 'setTimeout');
    const timer = createQuietTimer(() => {}, 250);
    for (let i = 0; i < 50; i++) {
      timer.poke();
      vi.advanceTimersByTime(30);
    }
    // 50 pokes over 1.5 s: the first arms it, and it re-arms only each time it fires early.
    expect(set.mock.calls.length).toBeLessThanOrEqual(8);
    set.mockRestore();
  });

  it('a shorter delay brings a pending run forward', () => {
    const run = vi.fn();
    const timer = createQuietTimer(run, 800);
    timer.poke();
    vi.advanceTimersByTime(100);
    timer.poke(0);
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('cancel forgets the pending run, and a later poke starts again', () => {
    const run = vi.fn();
    const timer = createQuietTimer(run, 200);
    timer.poke();
    timer.cancel();
    expect(timer.pending()).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(run).not.toHaveBeenCalled();
    timer.poke();
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a clock set back after a poke does not hold the run back by as much', () => {
    const run = vi.fn();
    const timer = createQuietTimer(run, 300);
    timer.poke();
    vi.setSystemTime(Date.now() - 60 * 60_000);
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
