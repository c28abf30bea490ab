import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './formatRelativeTime.ts';

const now = new Date('2025-03-10T12:00:00Z');

describe('formatRelativeTime', () => {
  it('reads like a person would say it', () => {
    expect(formatRelativeTime('2025-03-10T11:59:40Z', now)).toBe('just now');
    expect(formatRelativeTime('2025-03-10T11:55:00Z', now)).toBe('5 minutes ago');
    expect(formatRelativeTime('2025-03-10T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatRelativeTime('2025-03-09T12:00:00Z', now)).toBe('yesterday');
    expect(formatRelativeTime('not a date', now)).toBe('unknown time');
  });
});
