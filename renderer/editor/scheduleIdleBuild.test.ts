import { afterEach, describe, expect, it, vi } from 'vitest';
import { scheduleIdleBuild } from './scheduleIdleBuild.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('scheduleIdleBuild', () => {
  it('runs waiting builds in order, skips cancelled ones, and goes on after one throws', async () => {
    const ran: number[] = [];
    scheduleIdleBuild(() => ran.push(1));
    const cancel = scheduleIdleBuild(() => ran.push(2));
    scheduleIdleBuild(() => {
      throw new Error('broken block');
    });
    scheduleIdleBuild(() => ran.push(4));
    cancel();
    // jsdom has no requestIdleCallback: the fallback timer runs them; the error goes to the page's reportError.
    const errors: unknown[] = [];
    vi.stubGlobal('reportError', (error: unknown) => errors.push(error));
    for (let i = 0; i < 5 && ran.length < 2; i++) await tick();
    expect(ran).toEqual([1, 4]);
    expect(errors).toEqual([new Error('broken block')]);
  });

  it('on a page never idle, still finishes every build, a slice at a time', async () => {
    let calls = 0;
    // What Chromium passes when the timeout forced the call: no idle time at all.
    vi.stubGlobal('requestIdleCallback', (run: (deadline: { didTimeout: boolean; timeRemaining(): number }) => void) => {
      calls++;
      return setTimeout(() => run({ didTimeout: true, timeRemaining: () => 0 }), 1);
    });
    const ran: number[] = [];
    for (let i = 0; i < 40; i++) scheduleIdleBuild(() => ran.push(i));
    for (let i = 0; i < 20 && ran.length < 40; i++) await tick();
    expect(ran).toHaveLength(40);
    // Many builds per slice, not one per forced call.
    expect(calls).toBeLessThan(10);
  });
});
