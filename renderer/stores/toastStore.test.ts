import { afterEach, describe, expect, it, vi } from 'vitest';
import { dismissToast, showToast, useToastStore } from './toastStore.ts';

afterEach(() => {
  vi.useRealTimers();
  useToastStore.setState({ toasts: [] });
});

describe('toast onClose', () => {
  it('runs exactly once, whether the toast is dismissed, times out or is pushed out', () => {
    vi.useFakeTimers();
    const closed: string[] = [];
    const a = showToast({ message: 'a', onClose: () => closed.push('a') });
    dismissToast(a);
    dismissToast(a);
    showToast({ message: 'b', timeoutMs: 1_000, onClose: () => closed.push('b') });
    vi.advanceTimersByTime(1_000);
    expect(closed).toEqual(['a', 'b']);

    showToast({ message: 'oldest', timeoutMs: null, onClose: () => closed.push('oldest') });
    for (let i = 0; i < 5; i++) showToast({ message: `n${i}`, timeoutMs: null });
    expect(closed).toEqual(['a', 'b', 'oldest']);
    expect(useToastStore.getState().toasts).toHaveLength(5);
  });
});
