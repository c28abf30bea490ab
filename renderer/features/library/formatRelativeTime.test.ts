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

  it('says what Intl.RelativeTimeFormat says in English, past and future, at every step', () => {
    const intl = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    const units: [Intl.RelativeTimeFormatUnit, number][] = [
      ['year', 365 * 24 * 3600],
      ['month', 30 * 24 * 3600],
      ['week', 7 * 24 * 3600],
      ['day', 24 * 3600],
      ['hour', 3600],
      ['minute', 60],
    ];
    const offsets = [45, 59, 60, 89, 90, 119, 3599, 3600, 5399, 5400, 86_399, 86_400, 129_600, 172_800, 604_799, 604_800, 1_209_600, 2_591_999, 2_592_000, 5_184_000, 31_535_999, 31_536_000, 63_072_000, 315_360_000, 63_072_000_000];
    for (const offset of offsets) {
      for (const sign of [-1, 1]) {
        const seconds = sign * offset;
        const [unit, size] = units.find(([, s]) => offset >= s) ?? ['minute', 60];
        const expected = intl.format(Math.round(seconds / size), unit);
        expect(formatRelativeTime(new Date(now.getTime() + seconds * 1000).toISOString(), now), `${seconds} s`).toBe(expected);
      }
    }
  });
});
