import { create } from 'zustand';

interface HistoryState {
  /** Bumped whenever a story's history changed from here (a restore, an undo), so an open list reloads. */
  changes: number;
  changed: () => void;
}

/** Lets a restore started from a toast refresh the History panel, if it is showing. */
export const useHistoryStore = create<HistoryState>()((set) => ({
  changes: 0,
  changed: () => set((s) => ({ changes: s.changes + 1 })),
}));
