import { useLayoutEffect, useRef, useState } from 'react';
import { getActiveStory } from '../stores/activeStory.ts';
import type { SaveState } from '../stores/saveQueue.ts';
import { useStoryStore } from '../stores/storyStore.ts';
import { afterNextPaint } from './afterNextPaint.ts';
import { formatSaveTime, saveStatusText } from './saveStatusText.ts';

/** A failed save offers Retry, except a conflict, which only reloading can settle. */
function offersRetry(save: SaveState): boolean {
  return save.failure !== null && save.failure.code !== 'conflict' && !save.saving;
}

/**
 * "Saved 14:05", "Saving…", "Unsaved changes" or, in red, "Not saved: why" with Retry.
 *
 * The words are written straight into the page as the save state changes, not re-rendered by
 * React: the indicator turns to "Unsaved changes" on the first keystroke after every save, and a
 * React render there cost that keystroke 1.5–3 ms on the long story. The time follows a frame after
 * the indicator first shows: written in the reader's locale, it is the page's first Intl call, whose
 * set-up (30–70 ms here) would otherwise hold up the story.
 */
export function SaveStatus() {
  const boxRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLSpanElement>(null);
  const wordsRef = useRef<HTMLSpanElement>(null);
  const [retry, setRetry] = useState(() => offersRetry(useStoryStore.getState().save));

  useLayoutEffect(() => {
    let timeShown = false;
    // What the tooltip was last written from: a keystroke that only turns the words to "Unsaved changes" leaves it be.
    let titleFrom: unknown[] = [];
    const draw = (save: SaveState): void => {
      const box = boxRef.current;
      const status = statusRef.current;
      const words = wordsRef.current;
      if (!box || !status || !words) return;
      const { kind, text } = saveStatusText(save, (iso) => (timeShown ? formatSaveTime(iso) : ''));
      box.className = `save-status save-status--${kind}`;
      box.dataset.state = kind;
      if (words.textContent !== text) words.textContent = text;
      const from = [save.failure, save.lastSavedAt, timeShown];
      if (from.some((value, i) => value !== titleFrom[i])) {
        titleFrom = from;
        const title = save.failure ? save.failure.message : save.lastSavedAt && timeShown ? `Last saved ${new Date(save.lastSavedAt).toLocaleString()}` : '';
        if (title) status.title = title;
        else status.removeAttribute('title');
      }
      // A re-render only when Retry comes or goes (React skips an unchanged value).
      setRetry(offersRetry(save));
    };
    draw(useStoryStore.getState().save);
    const unsubscribe = useStoryStore.subscribe((state, previous) => {
      if (state.save !== previous.save) draw(state.save);
    });
    const cancelTime = afterNextPaint(() => {
      timeShown = true;
      draw(useStoryStore.getState().save);
    });
    return () => {
      unsubscribe();
      cancelTime();
    };
  }, []);

  return (
    <div ref={boxRef} className="save-status" data-testid="save-status">
      <span ref={statusRef} role="status" aria-live="polite" className="save-status__text">
        <span className="save-status__dot" aria-hidden="true" />
        <span ref={wordsRef} />
      </span>
      {retry && (
        <button type="button" className="button button--small" onClick={() => void getActiveStory()?.retry()}>
          Retry
        </button>
      )}
    </div>
  );
}
