import { describe, expect, it } from 'vitest';
import { formatSaveTime, saveStatusText } from './saveStatusText.ts';

const at = (): string => '10:00';

describe('saveStatusText', () => {
  it('says Saved with the time only when nothing failed and nothing is pending', () => {
    expect(saveStatusText({ saving: false, dirty: false, lastSavedAt: '2025-01-01T10:00:00Z', failure: null }, at)).toEqual({ kind: 'saved', text: 'Saved 10:00' });
    expect(saveStatusText({ saving: false, dirty: true, lastSavedAt: null, failure: null }, at).text).toBe('Unsaved changes');
    expect(saveStatusText({ saving: true, dirty: true, lastSavedAt: null, failure: null }, at).text).toBe('Saving…');
    // A time not (yet) written reads as plain "Saved", never "Saved " with nothing after it.
    expect(saveStatusText({ saving: false, dirty: false, lastSavedAt: '2025-01-01T10:00:00Z', failure: null }, () => '').text).toBe('Saved');
  });
  it('reports a failure even when an older save succeeded', () => {
    const s = saveStatusText({ saving: false, dirty: true, lastSavedAt: '2025-01-01T10:00:00Z', failure: { code: 'disk-full', message: 'the disk is full' } }, at);
    expect(s).toEqual({ kind: 'failed', text: 'Not saved: the disk is full' });
    const conflict = saveStatusText({ saving: false, dirty: true, lastSavedAt: null, failure: { code: 'conflict', message: 'long text' } }, at);
    expect(conflict).toEqual({ kind: 'failed', text: 'Not saved: another window changed this story' });
  });
});

describe('formatSaveTime', () => {
  // Local times, so the test reads the same in every time zone.
  const now = new Date(2025, 5, 10, 16, 0);
  it('shows only the time today, the day this year, and the year when it differs', () => {
    expect(formatSaveTime(new Date(2025, 5, 10, 14, 5).toISOString(), now, 'en-GB')).toBe('14:05');
    expect(formatSaveTime(new Date(2025, 2, 3, 14, 5).toISOString(), now, 'en-GB')).toBe('3 Mar, 14:05');
    expect(formatSaveTime(new Date(2020, 1, 13, 11, 5).toISOString(), now, 'en-GB')).toBe('13 Feb 2020, 11:05');
    expect(formatSaveTime('not a date', now, 'en-GB')).toBe('');
  });
});
