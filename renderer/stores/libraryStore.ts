import { create } from 'zustand';
import type { LibraryListing } from '@shared/api/contract.ts';
import { api } from '../api/client.ts';
import { describeError } from './describeError.ts';
import { showToast } from './toastStore.ts';

interface LibraryStoreState {
  listing: LibraryListing | null;
  query: string;
  loading: boolean;
  error: string | null;
  setQuery: (query: string) => void;
  /** Fetches the list for the current query; the latest request wins. */
  refresh: () => Promise<void>;
  duplicate: (id: string) => Promise<void>;
  trash: (id: string, headline: string) => Promise<void>;
}

let requestSeq = 0;

/** The library list, its search query, and the actions on stories in it. */
export const useLibraryStore = create<LibraryStoreState>()((set, get) => ({
  listing: null,
  query: '',
  loading: false,
  error: null,
  setQuery: (query) => set({ query }),

  refresh: async () => {
    const seq = ++requestSeq;
    const query = get().query.trim();
    set({ loading: true });
    try {
      const listing = await api.listStories(query === '' ? {} : { query });
      if (seq === requestSeq) set({ listing, loading: false, error: null });
    } catch (error) {
      if (seq === requestSeq) set({ loading: false, error: describeError(error) });
    }
  },

  duplicate: async (id) => {
    try {
      const copy = await api.duplicateStory({ id });
      showToast({ kind: 'success', message: `Duplicated as “${copy.headline || 'Untitled story'}”.` });
    } catch (error) {
      showToast({ kind: 'error', message: `Could not duplicate the story: ${describeError(error)}` });
    }
    await get().refresh();
  },

  trash: async (id, headline) => {
    const name = headline.trim() || 'Untitled story';
    try {
      await api.trashStory({ id });
    } catch (error) {
      showToast({ kind: 'error', message: `Could not delete “${name}”: ${describeError(error)}` });
      return;
    }
    showToast({
      message: `“${name}” moved to the trash.`,
      action: {
        label: 'Undo',
        run: async () => {
          try {
            await api.restoreStory({ id });
            showToast({ kind: 'success', message: `“${name}” is back.` });
          } catch (error) {
            showToast({ kind: 'error', message: `Could not restore “${name}”: ${describeError(error)}` });
          }
          await get().refresh();
        },
      },
    });
    await get().refresh();
  },
}));
