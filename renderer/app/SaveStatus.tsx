import { useAfterFirstFrame } from '../features/story/useAfterFirstFrame.ts';
import { getActiveStory } from '../stores/activeStory.ts';
import { useStoryStore } from '../stores/storyStore.ts';
import { formatSaveTime, saveStatusText } from './saveStatusText.ts';

/** "Saved 14:05", "Saving…", "Unsaved changes" or, in red, "Not saved: why" with Retry. */
export function SaveStatus() {
  const save = useStoryStore((s) => s.save);
  // The time follows a frame after the status first shows: written in the reader's locale, it is
  // the page's first Intl call, whose set-up (30–70 ms here) would otherwise hold up the story.
  const timeShown = useAfterFirstFrame();
  const { kind, text } = saveStatusText(save, (iso) => (timeShown ? formatSaveTime(iso) : ''));
  const isConflict = save.failure?.code === 'conflict';
  return (
    <div className={`save-status save-status--${kind}`} data-testid="save-status" data-state={kind}>
      <span
        role="status"
        aria-live="polite"
        className="save-status__text"
        title={save.failure ? save.failure.message : save.lastSavedAt && timeShown ? `Last saved ${new Date(save.lastSavedAt).toLocaleString()}` : undefined}
      >
        <span className="save-status__dot" aria-hidden="true" />
        {text}
      </span>
      {kind === 'failed' && !isConflict && (
        <button type="button" className="button button--small" onClick={() => void getActiveStory()?.retry()}>
          Retry
        </button>
      )}
    </div>
  );
}
