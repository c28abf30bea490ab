import { create } from 'zustand';
import type { HostInfo } from '@shared/api/contract.ts';
import { api } from '../api/client.ts';
import { flushActiveStory } from './activeStory.ts';
import { describeError } from './describeError.ts';
import { rememberedOpenStory, rememberOpenStory } from './rememberOpenStory.ts';
import { prefetchStory } from './storyPrefetch.ts';
import { showToast } from './toastStore.ts';

export type View = { name: 'library' } | { name: 'story'; id: string };

interface AppStoreState {
  view: View;
  exportOpen: boolean;
  hostInfo: HostInfo | null;
  /** The library should open its file picker (menu "Import…") as soon as it shows. */
  importPending: boolean;
  /** The library should focus its search field (menu "Find") as soon as it shows. */
  findPending: boolean;
  /** A freshly created story should put the cursor in its headline once it shows. */
  focusHeadlinePending: boolean;
  setHostInfo: (info: HostInfo) => void;
  setExportOpen: (open: boolean) => void;
  setImportPending: (pending: boolean) => void;
  setFindPending: (pending: boolean) => void;
  setFocusHeadlinePending: (pending: boolean) => void;
  setView: (view: View) => void;
}

/** The first screen: the story this window had open before a reload, else the library. */
function firstView(): View {
  const id = rememberedOpenStory();
  return id === null ? { name: 'library' } : { name: 'story', id };
}

/** Which screen is showing, and the few app-wide flags around it. */
export const useAppStore = create<AppStoreState>()((set) => ({
  view: firstView(),
  exportOpen: false,
  hostInfo: null,
  importPending: false,
  findPending: false,
  focusHeadlinePending: false,
  setHostInfo: (hostInfo) => set({ hostInfo }),
  setExportOpen: (exportOpen) => set({ exportOpen }),
  setImportPending: (importPending) => set({ importPending }),
  setFindPending: (findPending) => set({ findPending }),
  setFocusHeadlinePending: (focusHeadlinePending) => set({ focusHeadlinePending }),
  setView: (view) => set({ view }),
}));

useAppStore.subscribe((state, previous) => {
  if (state.view !== previous.view) rememberOpenStory(state.view.name === 'story' ? state.view.id : null);
});

/**
 * Saves the open story before leaving it. When that fails the user stays on
 * the story (its status shows why) unless they choose to leave anyway.
 */
async function leaveCurrentStory(then: () => void): Promise<boolean> {
  const view = useAppStore.getState().view;
  if (view.name !== 'story') return true;
  if (await flushActiveStory()) {
    await discardIfLeftBlank(view.id);
    return true;
  }
  showToast({
    kind: 'error',
    message: 'The story could not be saved, so it is still open. Fix the problem or retry, then leave.',
    action: { label: 'Leave without saving', run: then },
  });
  return false;
}

/** Stories this window made with "New story": one still blank when it is left is let go. */
const createdHere = new Set<string>();

/**
 * A story made here and left without a word in it is removed, so that "Untitled" drafts do not pile
 * up in the library. The core removes it only if it was never saved, is still blank and has no
 * history; should that fail, the draft simply stays.
 */
async function discardIfLeftBlank(id: string): Promise<void> {
  if (!createdHere.delete(id)) return;
  await api.discardBlankStory({ id }).catch(() => undefined);
}

/** Shows the library, saving the open story first. */
export async function goToLibrary(): Promise<void> {
  const go = (): void => useAppStore.setState({ view: { name: 'library' }, exportOpen: false });
  if (await leaveCurrentStory(go)) go();
}

/** Opens a story by id, saving the current one first. */
export async function openStory(id: string): Promise<void> {
  const go = (): void => useAppStore.setState({ view: { name: 'story', id }, exportOpen: false });
  const current = useAppStore.getState().view;
  if (current.name === 'story' && current.id === id) return;
  // The story is read while the current one is saved and the screen changes.
  prefetchStory(id);
  if (await leaveCurrentStory(go)) go();
}

let creating = false;

/** Creates a blank story and opens it. */
export async function newStory(): Promise<void> {
  if (creating) return;
  creating = true;
  try {
    const leaveOk = await leaveCurrentStory(() => void createAndOpen());
    if (leaveOk) await createAndOpen();
  } finally {
    creating = false;
  }
}

async function createAndOpen(): Promise<void> {
  try {
    const story = await api.createStory({});
    createdHere.add(story.id);
    useAppStore.setState({ view: { name: 'story', id: story.id }, exportOpen: false, focusHeadlinePending: true });
  } catch (error) {
    showToast({ kind: 'error', message: `Could not create a story: ${describeError(error)}` });
  }
}
