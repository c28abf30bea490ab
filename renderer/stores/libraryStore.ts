import { create } from 'zustand';
import type { LibraryListing, TrashEntry } from '@shared/api/contract.ts';
import { api } from '../api/client.ts';
import { describeError } from './describeError.ts';
import type { TrashedPlaceholder } from './displayRows.ts';
import { dismissToast, showToast } from './toastStore.ts';

interface LibraryStoreState {
  listing: LibraryListing | null;
  query: string;
  loading: boolean;
  error: string | null;
  /** Stories in the trash, newest first; null until first read. */
  trashEntries: TrashEntry[] | null;
  trashError: string | null;
  /** Stories just deleted, by id, shown in their old place until their Undo toast goes. */
  placeholders: Record<string, TrashedPlaceholder>;
  setQuery: (query: string) => void;
  /** Fetches the list for the current query (the latest request wins) and the trash. */
  refresh: () => Promise<void>;
  refreshTrash: () => Promise<void>;
  duplicate: (id: string) => Promise<void>;
  /**
   * Moves a story to the trash, leaving a placeholder at `index` and an Undo toast.
   * `onUndone` runs after a successful Undo (e.g. to focus the row). Resolves false when nothing was deleted.
   */
  trash: (id: string, index: number, onUndone?: () => void) => Promise<boolean>;
  /** Undoes a delete from this session: restores the story and drops its placeholder and toast. */
  undoTrash: (id: string) => Promise<boolean>;
  /** Puts a story from the trash back into the library. */
  restore: (entry: TrashEntry) => Promise<boolean>;
}

let requestSeq = 0;
const toastIds = new Map<string, number>();
const undoneCallbacks = new Map<string, () => void>();

const nameOf = (headline: string): string => headline.trim() || 'Untitled story';

/** The library list, its search query, the trash, and the actions on stories in them. */
export const useLibraryStore = create<LibraryStoreState>()((set, get) => {
  const dropPlaceholder = (id: string): void =>
    set((s) => {
      if (!(id in s.placeholders)) return {};
      const { [id]: _gone, ...rest } = s.placeholders;
      return { placeholders: rest };
    });

  return {
    listing: null,
    query: '',
    loading: false,
    error: null,
    trashEntries: null,
    trashError: null,
    placeholders: {},
    // Placeholders mark places in one particular list; a new search shows another list.
    setQuery: (query) => set({ query, placeholders: {} }),

    refresh: async () => {
      const seq = ++requestSeq;
      const query = get().query.trim();
      set({ loading: true });
      void get().refreshTrash();
      try {
        const listing = await api.listStories(query === '' ? {} : { query });
        if (seq === requestSeq) set({ listing, loading: false, error: null });
      } catch (error) {
        if (seq === requestSeq) set({ loading: false, error: describeError(error) });
      }
    },

    refreshTrash: async () => {
      try {
        const trash = await api.listTrash({});
        // Newest first. The times are ISO strings, so plain comparison orders them (localeCompare would set up ICU at start-up).
        set({ trashEntries: [...trash].sort((a, b) => (a.trashedAt < b.trashedAt ? 1 : a.trashedAt > b.trashedAt ? -1 : 0)), trashError: null });
      } catch (error) {
        set({ trashError: describeError(error) });
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

    trash: async (id, index, onUndone) => {
      const story = get().listing?.stories.find((s) => s.id === id);
      const name = nameOf(story?.headline ?? '');
      try {
        await api.trashStory({ id });
      } catch (error) {
        showToast({ kind: 'error', message: `Could not delete “${name}”: ${describeError(error)}` });
        return false;
      }
      if (story) set((s) => ({ placeholders: { ...s.placeholders, [id]: { story, index, restoring: false } } }));
      if (onUndone) undoneCallbacks.set(id, onUndone);
      const toastId = showToast({
        message: `“${name}” moved to the trash.`,
        action: { label: 'Undo', run: () => void get().undoTrash(id) },
        onClose: () => {
          toastIds.delete(id);
          // An Undo in progress keeps its placeholder until the story is back.
          if (!get().placeholders[id]?.restoring) {
            dropPlaceholder(id);
            undoneCallbacks.delete(id);
          }
        },
      });
      toastIds.set(id, toastId);
      await get().refresh();
      return true;
    },

    undoTrash: async (id) => {
      const placeholder = get().placeholders[id];
      const name = nameOf(placeholder?.story.headline ?? get().trashEntries?.find((t) => t.id === id)?.headline ?? '');
      const onUndone = undoneCallbacks.get(id);
      undoneCallbacks.delete(id);
      if (placeholder) set((s) => ({ placeholders: { ...s.placeholders, [id]: { ...placeholder, restoring: true } } }));
      const toastId = toastIds.get(id);
      if (toastId !== undefined) dismissToast(toastId);
      let ok = true;
      try {
        await api.restoreStory({ id });
        showToast({ kind: 'success', message: `“${name}” is back.` });
      } catch (error) {
        ok = false;
        showToast({ kind: 'error', message: `Could not restore “${name}”: ${describeError(error)}` });
      }
      await get().refresh();
      dropPlaceholder(id);
      if (ok) onUndone?.();
      return ok;
    },

    restore: async (entry) => {
      const name = nameOf(entry.headline);
      try {
        await api.restoreStory({ id: entry.id });
      } catch (error) {
        showToast({ kind: 'error', message: `Could not restore “${name}”: ${describeError(error)}` });
        await get().refreshTrash();
        return false;
      }
      // If it was deleted in this session, its Undo toast has nothing left to undo.
      const toastId = toastIds.get(entry.id);
      dropPlaceholder(entry.id);
      if (toastId !== undefined) dismissToast(toastId);
      showToast({ kind: 'success', message: `“${name}” is back in the library.` });
      await get().refresh();
      return true;
    },
  };
});
