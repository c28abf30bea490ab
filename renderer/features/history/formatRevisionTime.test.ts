import { describe, expect, it } from 'vitest';
import { formatRevisionTime } from './formatRevisionTime.ts';
import { revisionReasonLabel } from './revisionReasonLabel.ts';

// Local-time dates, so the expectations hold in every time zone.
const NOW = new Date(2025, 5, 15, 16, 30);

describe('formatRevisionTime', () => {
  it('shows only the time for today', () => {
    expect(formatRevisionTime(new Date(2025, 5, 15, 9, 5).toISOString(), NOW, 'en-GB')).toBe('9:05');
  });

  it('adds day and month for another day, and the year for another year', () => {
    expect(formatRevisionTime(new Date(2025, 5, 14, 23, 59).toISOString(), NOW, 'en-GB')).toBe('14 Jun, 23:59');
    expect(formatRevisionTime(new Date(2024, 11, 31, 8, 0).toISOString(), NOW, 'en-GB')).toBe('31 Dec 2024, 8:00');
  });

  it('follows the locale: 12-hour clocks say AM and PM', () => {
    expect(formatRevisionTime(new Date(2025, 5, 15, 14, 5).toISOString(), NOW, 'en-US')).toBe('2:05 PM');
  });

  it('says so when the time cannot be read', () => {
    expect(formatRevisionTime('yesterday', NOW)).toBe('unknown time');
  });
});

describe('revisionReasonLabel', () => {
  it('names every reason in plain words', () => {
    expect(revisionReasonLabel('autosave-interval')).toBe('Autosaved');
    expect(revisionReasonLabel('before-export')).toBe('Before export');
    expect(revisionReasonLabel('before-restore')).toBe('Before restore');
    expect(revisionReasonLabel('imported')).toBe('Imported');
  });
});
