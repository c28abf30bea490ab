import { useEffect, type RefObject } from 'react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { BodyDoc } from '@shared/story/bodySchema.ts';
import type { StoryFields } from '@shared/story/storySchema.ts';
import { api, reportUnsavedWork } from '../../api/client.ts';
import { bodyEditSince } from '../../editor/bodyEditSince.ts';
import type { BodyEditorHandle } from '../../editor/bodyEditorTypes.ts';
import { setActiveStory } from '../../stores/activeStory.ts';
import { describeError, errorCode } from '../../stores/describeError.ts';
import { createSaveQueue, type SaveQueue } from '../../stores/saveQueue.ts';
import { useStoryStore } from '../../stores/storyStore.ts';

/** Quiet time after the last keystroke before saving; with the save itself, well under a second. */
export const AUTOSAVE_DELAY_MS = 800;

/**
 * Saves the open story: shortly after edits stop, when the page is hidden, and
 * whenever someone calls flushActiveStory() (leaving the story, closing the window,
 * exporting). The body is read from the editor only at save time, and after the session's first
 * save only its changed blocks are sent (saveStoryEdits).
 */
export function useAutosave(
  storyId: string,
  session: number,
  handleRef: RefObject<BodyEditorHandle | null>,
  queueRef: RefObject<SaveQueue | null>,
  loadedBody: BodyDoc | null,
): void {
  useEffect(() => {
    if (loadedBody === null) return;
    // The body as this session last saved it, and the updatedAt that save returned. Only then can a
    // save send just the blocks changed since: after a failed save it is unknown whether the file
    // holds it (an answer can be lost after the write), so the next save sends the whole story.
    let saved: { doc: ProseMirrorNode; updatedAt: string } | null = null;

    const send = async (fields: StoryFields, baseUpdatedAt: string, current: ProseMirrorNode | null): Promise<string> => {
      const previous = saved;
      saved = null;
      if (previous && current && previous.updatedAt === baseUpdatedAt) {
        try {
          return (await api.saveStoryEdits({ story: fields, body: bodyEditSince(previous.doc, current), baseUpdatedAt })).updatedAt;
        } catch (error) {
          // The library's copy does not fit the edit (e.g. it is in an older format): send it all.
          if (errorCode(error) !== 'bad-input') throw error;
        }
      }
      // If the editor is already gone when a last save runs, the body saved last time is still right.
      const body = current ? (current.toJSON() as BodyDoc) : loadedBody;
      return (await api.saveStory({ story: { ...fields, body }, baseUpdatedAt })).updatedAt;
    };

    const queue = createSaveQueue({
      delayMs: AUTOSAVE_DELAY_MS,
      lastSavedAt: useStoryStore.getState().save.lastSavedAt,
      onState: (state) => {
        useStoryStore.getState().setSaveState(state);
        reportUnsavedWork(state.dirty || state.saving || state.failure !== null);
      },
      describe: (error) => ({ code: errorCode(error) ?? 'internal', message: describeError(error) }),
      // Saving again cannot fix a conflict: the user decides (reload, keep mine, or save a copy).
      blocks: (failure) => failure.code === 'conflict',
      save: async () => {
        const { fields, baseUpdatedAt } = useStoryStore.getState();
        if (!fields || fields.id !== storyId || baseUpdatedAt === null) throw new Error('This story is no longer open.');
        const editor = handleRef.current?.editor();
        const current = editor?.state.doc ?? saved?.doc ?? null;
        const updatedAt = await send(fields, baseUpdatedAt, current);
        if (current) saved = { doc: current, updatedAt };
        useStoryStore.getState().markSaved(updatedAt);
      },
    });
    queueRef.current = queue;

    const unsubscribe = useStoryStore.subscribe((s, prev) => {
      if (s.editRevision !== prev.editRevision) queue.markChanged();
    });
    const unregister = setActiveStory({
      id: storyId,
      flush: () => queue.flush(),
      retry: () => queue.retry(),
      bodyHandle: () => handleRef.current,
    });
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') void queue.flush();
    };
    document.addEventListener('visibilitychange', onVisibility);

    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      unsubscribe();
      unregister();
      if (queueRef.current === queue) queueRef.current = null;
      // Normally the app has flushed before leaving; this is the safety net.
      void queue.flush().finally(() => queue.dispose());
    };
  }, [storyId, session, handleRef, queueRef, loadedBody]);
}
