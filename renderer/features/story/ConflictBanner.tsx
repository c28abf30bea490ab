import { useLayoutEffect, useState, type RefObject } from 'react';
import { api } from '../../api/client.ts';
import type { BodyEditorHandle } from '../../editor/bodyEditorTypes.ts';
import { getActiveStory } from '../../stores/activeStory.ts';
import { keepCaretInView } from '../../stores/keepCaretInView.ts';
import { describeError } from '../../stores/describeError.ts';
import { useStoryStore } from '../../stores/storyStore.ts';
import { showToast } from '../../stores/toastStore.ts';

interface ConflictBannerProps {
  storyId: string;
  handleRef: RefObject<BodyEditorHandle | null>;
  /** Loads the library's version, replacing what is on screen. */
  onReload: () => void;
}

/**
 * Shown when another window saved this story after we opened it. The user's
 * text stays on screen and unsaved until they choose what happens to it.
 */
export function ConflictBanner({ storyId, handleRef, onReload }: ConflictBannerProps) {
  const conflict = useStoryStore((s) => s.save.failure?.code === 'conflict');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The banner takes its height from the scroll area's top; a caret near the area's foot would drop out of view.
  useLayoutEffect(() => {
    if (conflict) keepCaretInView();
  }, [conflict]);
  if (!conflict) return null;

  async function run(action: () => Promise<void>): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  }

  const keepMine = (): Promise<void> =>
    run(async () => {
      const latest = await api.getStory({ id: storyId });
      useStoryStore.getState().setBase(latest.updatedAt);
      await getActiveStory()?.retry();
    });

  const saveCopy = (): Promise<void> =>
    run(async () => {
      const { fields } = useStoryStore.getState();
      const handle = handleRef.current;
      if (!fields || !handle) throw new Error('The story is not ready yet.');
      const body = handle.getJSON();
      const blank = await api.createStory({});
      const story = { ...fields, body, id: blank.id, createdAt: blank.createdAt, updatedAt: blank.updatedAt };
      await api.saveStory({ story, baseUpdatedAt: blank.updatedAt });
      showToast({ kind: 'success', message: 'Your version was saved as a separate story in the library. Showing the other window’s version now.' });
      onReload();
    });

  return (
    <div className="notice notice--warning conflict" role="alert" data-testid="conflict-banner">
      <div>
        <strong>This story was changed in another window.</strong>
        <p>
          Someone saved it elsewhere after you opened it, so nothing you typed since was saved over their work. Your changes are still here on
          screen. Choose which version to keep: yours as the new version (replacing theirs), yours as a separate copy (theirs
          stays the story), or theirs (your unsaved changes here are dropped).
        </p>
        {error && <p className="inline-error">{error}</p>}
      </div>
      <div className="conflict__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void keepMine()} data-testid="conflict-keep-mine">
          Keep mine as the new version
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void saveCopy()} data-testid="conflict-save-copy">
          Save mine as a copy
        </button>
        <button type="button" className="button" disabled={busy} onClick={onReload} data-testid="conflict-take-theirs">
          Take the other version
        </button>
      </div>
    </div>
  );
}
