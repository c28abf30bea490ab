import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseHandshake } from './closeHandshake.ts';

function setup(): { asked: number; closed: number; handshake: ReturnType<typeof createCloseHandshake> } {
  const state = {
    asked: 0,
    closed: 0,
    handshake: createCloseHandshake({
      ask: () => {
        state.asked += 1;
      },
      close: () => {
        state.closed += 1;
        // Electron fires the close request again for the real close; it must now go through.
        expect(state.handshake.requestClose(true)).toBe(true);
      },
      timeoutMs: 10_000,
    }),
  };
  return state;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('close handshake', () => {
  it('holds the first close back, asks once, and closes when the renderer says saved', () => {
    const s = setup();
    expect(s.handshake.requestClose(true)).toBe(false);
    expect(s.handshake.requestClose(true)).toBe(false);
    expect(s.asked).toBe(1);
    s.handshake.answer(true);
    expect(s.closed).toBe(1);
  });

  it('stays open when the renderer says no, and asks again next time', () => {
    const s = setup();
    s.handshake.requestClose(true);
    s.handshake.answer(false);
    vi.advanceTimersByTime(20_000);
    expect(s.closed).toBe(0);
    expect(s.handshake.requestClose(true)).toBe(false);
    expect(s.asked).toBe(2);
  });

  it('closes after 10 s of silence, not before', () => {
    const s = setup();
    s.handshake.requestClose(true);
    vi.advanceTimersByTime(9_999);
    expect(s.closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(s.closed).toBe(1);
  });

  it('ignores answers nobody asked for', () => {
    const s = setup();
    s.handshake.answer(true);
    expect(s.closed).toBe(0);
    expect(s.handshake.requestClose(true)).toBe(false);
  });

  it('lets the window close at once when the renderer is dead or goes away', () => {
    const dead = setup();
    expect(dead.handshake.requestClose(false)).toBe(true);
    expect(dead.asked).toBe(0);

    const crashing = setup();
    crashing.handshake.requestClose(true);
    crashing.handshake.rendererGone();
    expect(crashing.closed).toBe(1);
  });

  it('asks the user after a failed save, and closes only when they choose to discard', async () => {
    let answer = false;
    let questions = 0;
    let closed = 0;
    const handshake = createCloseHandshake({
      ask: () => undefined,
      close: () => {
        closed += 1;
      },
      timeoutMs: 10_000,
      confirmDiscard: () => {
        questions += 1;
        return Promise.resolve(answer);
      },
    });
    expect(handshake.requestClose(true)).toBe(false);
    handshake.answer(false);
    await vi.runAllTimersAsync();
    expect([questions, closed]).toEqual([1, 0]);

    answer = true;
    expect(handshake.requestClose(true)).toBe(false);
    handshake.answer(false);
    await vi.runAllTimersAsync();
    expect([questions, closed]).toEqual([2, 1]);
  });
});
