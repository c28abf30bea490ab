import { api } from '../api/client.ts';
import { loadWritingSettings } from '../features/writing/writingSettingsStore.ts';
import { useAppStore } from '../stores/appStore.ts';
import { describeError } from '../stores/describeError.ts';
import { useLibraryStore } from '../stores/libraryStore.ts';
import { prefetchStory } from '../stores/storyPrefetch.ts';
import { showToast } from '../stores/toastStore.ts';

let startupListingSent = false;

/**
 * True once, for the library view's first showing, when startFirstRequests has already asked for
 * the listing: that view then need not ask again. Every later showing (back from a story) reads it anew.
 */
export function takeStartupListing(): boolean {
  const sent = startupListingSent;
  startupListingSent = false;
  return sent;
}

/**
 * The requests every start makes, sent before React draws anything, so the host answers them
 * while the first screen renders instead of after it has been painted: the library listing (and
 * the trash), the host's details, and the writing settings the editor needs.
 */
export function startFirstRequests(): void {
  startupListingSent = true;
  void useLibraryStore.getState().refresh();
  // Reloaded on a story: it opens again, so ask for it now too.
  const { view } = useAppStore.getState();
  if (view.name === 'story') prefetchStory(view.id);
  api.getHostInfo({}).then(
    (info) => useAppStore.getState().setHostInfo(info),
    (error: unknown) => showToast({ kind: 'error', message: `Could not reach the Newsdesk core: ${describeError(error)}` }),
  );
  void loadWritingSettings();
}
