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
  return { kind: 'saved', text: state.lastSavedAt ? `Saved ${formatTime(state.lastSavedAt)}` : 'Saved' };
}

/** "14:05" today, "3 Mar, 14:05" on another day. */
export function formatSaveTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const time = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return date.toDateString() === now.toDateString() ? time : `${date.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}, ${time}`;
}
