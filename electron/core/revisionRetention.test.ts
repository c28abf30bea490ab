import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, revisionsToKeep, type RetentionEntry } from './revisionRetention.ts';

// Local-time dates, so calendar days and months are the same in every time zone the tests run in.
const NOW = new Date(2025, 5, 15, 12, 0, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function entry(savedAt: Date | number, reason = 'autosave-interval'): RetentionEntry {
  const ms = typeof savedAt === 'number' ? savedAt : savedAt.getTime();
  return { revisionId: `r${ms}-${reason}`, savedAt: ms, reason };
}

function kept(entries: RetentionEntry[], policy = DEFAULT_RETENTION): Set<string> {
  return new Set(revisionsToKeep(entries, NOW, policy));
}

describe('revisionsToKeep', () => {
  it('keeps every revision of the last 24 hours', () => {
    const recent = Array.from({ length: 100 }, (_, i) => entry(NOW.getTime() - i * 14 * MINUTE));
    expect(kept(recent).size).toBe(100);
  });

  it('keeps only the newest of each calendar day between one and 30 days old', () => {
    const morning = entry(new Date(2025, 5, 10, 9, 0));
    const evening = entry(new Date(2025, 5, 10, 18, 30));
    const otherDay = entry(new Date(2025, 5, 3, 23, 59));
    const otherDayEarlier = entry(new Date(2025, 5, 3, 0, 1));
    const result = kept([morning, evening, otherDay, otherDayEarlier]);
    expect(result).toEqual(new Set([evening.revisionId, otherDay.revisionId]));
  });

  it('keeps only the newest of each calendar month past 30 days', () => {
    const aprilEarly = entry(new Date(2025, 3, 2, 10, 0));
    const aprilLate = entry(new Date(2025, 3, 28, 10, 0));
    const march = entry(new Date(2025, 2, 5, 10, 0));
    const lastYear = entry(new Date(2024, 2, 20, 10, 0));
    const lastYearEarlier = entry(new Date(2024, 2, 1, 10, 0));
    const result = kept([aprilEarly, aprilLate, march, lastYear, lastYearEarlier]);
    expect(result).toEqual(new Set([aprilLate.revisionId, march.revisionId, lastYear.revisionId]));
  });

  it('drops an older revision of a day whose newest one is still within the last 24 hours', () => {
    // 00:10 yesterday is more than 24 h old; 23:00 yesterday is newer and kept, so it stands for that day.
    const now = new Date(2025, 5, 15, 0, 30);
    const early = entry(new Date(2025, 5, 14, 0, 10));
    const late = entry(new Date(2025, 5, 14, 23, 0));
    expect(revisionsToKeep([early, late], now)).toEqual([late.revisionId]);
  });

  it('keeps every before-restore revision for 30 days, and not longer than the monthly rule allows', () => {
    const day = new Date(2025, 5, 5);
    const restores = [9, 10, 11].map((h) => entry(new Date(day.getTime() + h * HOUR), 'before-restore'));
    const autosave = entry(new Date(day.getTime() + 8 * HOUR));
    expect(kept([...restores, autosave])).toEqual(new Set(restores.map((r) => r.revisionId)));

    const oldDay = new Date(2025, 2, 5);
    const oldRestores = [9, 10, 11].map((h) => entry(new Date(oldDay.getTime() + h * HOUR), 'before-restore'));
    expect(kept(oldRestores)).toEqual(new Set([oldRestores[2]?.revisionId]));
  });

  it('never keeps more than the cap; the oldest go first', () => {
    const many = Array.from({ length: 250 }, (_, i) => entry(NOW.getTime() - i * MINUTE));
    const result = revisionsToKeep(many, NOW);
    expect(result).toHaveLength(200);
    expect(result[0]).toBe(many[0]?.revisionId);
    expect(result[199]).toBe(many[199]?.revisionId);
    expect(revisionsToKeep(many, NOW, { ...DEFAULT_RETENTION, maxPerStory: 3 })).toEqual(many.slice(0, 3).map((e) => e.revisionId));
  });

  it('keeps revisions that look as if from the future (a clock set back)', () => {
    const future = entry(NOW.getTime() + 3 * DAY);
    const older = entry(NOW.getTime() - 2 * HOUR);
    expect(revisionsToKeep([older, future], NOW)).toEqual([future.revisionId, older.revisionId]);
  });

  it('a year of five-minute revisions: the cap trims the last day, never the days and months before', () => {
    const entries: RetentionEntry[] = [];
    for (let t = NOW.getTime() - 365 * DAY; t <= NOW.getTime(); t += 5 * MINUTE) entries.push(entry(t));
    const result = revisionsToKeep(entries, NOW);
    // 24 h of five-minute revisions (289) would reach the cap alone; the oldest of them go, the history stays.
    expect(result).toHaveLength(200);
    const keptSet = new Set(result);
    const newestBefore = (ms: number): string | undefined => entries.filter((e) => e.savedAt <= ms).at(-1)?.revisionId;
    const startOfToday = new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate()).getTime();
    expect(keptSet.has(newestBefore(startOfToday - 1) ?? ''), 'the newest of yesterday').toBe(true);
    expect(keptSet.has(newestBefore(new Date(NOW.getFullYear(), NOW.getMonth() - 3, 1).getTime() - 1) ?? ''), 'the newest of a month long ago').toBe(true);
    expect(keptSet.has(entries.at(-1)?.revisionId ?? ''), 'the newest of all').toBe(true);
    const thinned = revisionsToKeep(
      entries.filter((e) => NOW.getTime() - e.savedAt >= DAY),
      NOW,
    );
    // About 29 daily revisions plus one per month for the rest of the year.
    expect(thinned.length).toBeGreaterThanOrEqual(29 + 10);
    expect(thinned.length).toBeLessThanOrEqual(31 + 13);
    expect(thinned[0]).toBe(entries.filter((e) => NOW.getTime() - e.savedAt >= DAY).at(-1)?.revisionId);
  });

  it('returns nothing for nothing, and ids newest first', () => {
    expect(revisionsToKeep([], NOW)).toEqual([]);
    const a = entry(NOW.getTime() - HOUR);
    const b = entry(NOW.getTime() - 2 * HOUR);
    expect(revisionsToKeep([b, a], NOW)).toEqual([a.revisionId, b.revisionId]);
  });
});
