import type { SaveState } from '../stores/saveQueue.ts';

export type SaveStatusKind = 'saved' | 'saving' | 'unsaved' | 'failed';

/**
 * The words for the save indicator. A failure wins over everything but a save
 * in flight, so the indicator never claims "Saved" after a failed save.
 */
export function saveStatusText(state: SaveState, formatTime: (iso: string) => string): { kind: SaveStatusKind; text: string } {
  if (state.saving) return { kind: 'saving', text: 'Saving…' };
  if (state.failure?.code === 'conflict') return { kind: 'failed', text: 'Not saved: another window changed this story' };
  if (state.failure) return { kind: 'failed', text: `Not saved: ${state.failure.message}` };
  if (state.dirty) return { kind: 'unsaved', text: 'Unsaved changes' };
  const time = state.lastSavedAt ? formatTime(state.lastSavedAt) : '';
  return { kind: 'saved', text: time ? `Saved ${time}` : 'Saved' };
}

/** "14:05" today, "3 Mar, 14:05" on another day this year, "13 Feb 2020, 11:05" in another year. */
export function formatSaveTime(iso: string, now: Date = new Date(), locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const time = date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  if (date.toDateString() === now.toDateString()) return time;
  const sameYear = date.getFullYear() === now.getFullYear();
  const day = date.toLocaleDateString(locale, sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' });
  return `${day}, ${time}`;
}
