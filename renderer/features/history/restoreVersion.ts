import type { ApiClient, RestoredRevision } from '@shared/api/contract.ts';
import { api } from '../../api/client.ts';
import { getActiveStory } from '../../stores/activeStory.ts';
import { describeError } from '../../stores/describeError.ts';
import { useStoryStore } from '../../stores/storyStore.ts';
import { showToast } from '../../stores/toastStore.ts';
import { formatRevisionTime } from './formatRevisionTime.ts';
import { useHistoryStore } from './historyStore.ts';
import { reloadOpenStory } from './openStoryReloader.ts';

const NOT_SAVED =
  'Your latest changes could not be saved, so nothing was restored. Deal with the save problem first (see the status at the bottom), then try again.';

/**
 * Replaces a story's current version with an earlier one: saves pending edits first (so they
 * are in the history too), restores, and loads the result into the editor if the story is open.
 */
export async function restoreVersion(storyId: string, revisionId: string, client: Pick<ApiClient, 'restoreRevision' | 'getStory'> = api): Promise<RestoredRevision> {
  const active = getActiveStory();
  const isOpen = active?.id === storyId;
  if (isOpen && !(await active.flush())) throw new Error(NOT_SAVED);
  const openBase = isOpen ? useStoryStore.getState().baseUpdatedAt : null;
  const baseUpdatedAt = openBase ?? (await client.getStory({ id: storyId })).updatedAt;
  const result = await client.restoreRevision({ id: storyId, revisionId, baseUpdatedAt });
  reloadOpenStory(storyId);
  useHistoryStore.getState().changed();
  return result;
}

/**
 * Restores a version and says so in a toast whose Undo brings back what was there before.
 * Throws (for the caller to show) when the restore itself fails.
 */
export async function restoreVersionWithUndo(storyId: string, revision: { revisionId: string; savedAt: string }): Promise<void> {
  const { undoRevisionId } = await restoreVersion(storyId, revision.revisionId);
  showToast({
    kind: 'success',
    message: `Restored the version from ${formatRevisionTime(revision.savedAt)}.`,
    action: { label: 'Undo', run: () => undoRestore(storyId, undoRevisionId) },
    timeoutMs: 15_000,
  });
}

async function undoRestore(storyId: string, undoRevisionId: string): Promise<void> {
  try {
    await restoreVersion(storyId, undoRevisionId);
    showToast({ kind: 'info', message: 'Undone: the story is back as it was before the restore.' });
  } catch (error) {
    showToast({ kind: 'error', message: `The restore could not be undone: ${describeError(error)} The earlier text is still in History.` });
  }
}
