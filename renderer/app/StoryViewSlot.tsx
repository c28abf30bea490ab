import { useEffect, useState } from 'react';
import { goToLibrary } from '../stores/appStore.ts';
import { describeError } from '../stores/describeError.ts';
import { loadedStoryView, loadStoryView } from './loadStoryView.ts';

/**
 * The story view, drawn from its own chunk. Not React.lazy: a lazy component suspends on its
 * first draw even when its chunk is already loaded, and React holds a revealed Suspense boundary
 * back for up to 300 ms, which every story opened first would pay. Here a loaded chunk draws at once.
 */
export function StoryViewSlot({ id }: { id: string }) {
  const [module, setModule] = useState(loadedStoryView);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (module) return;
    let live = true;
    loadStoryView().then(
      (loaded) => live && setModule(loaded),
      (error: unknown) => live && setFailure(describeError(error)),
    );
    return () => {
      live = false;
    };
  }, [module, attempt]);

  if (module) return <module.StoryView id={id} />;
  return (
    <main className="story-view story-view--message">
      {failure === null ? (
        <p className="muted">Opening the story…</p>
      ) : (
        <div className="notice notice--error" role="alert">
          <span>The story editor could not be loaded: {failure}</span>
          <button
            type="button"
            className="button"
            onClick={() => {
              setFailure(null);
              setAttempt((n) => n + 1);
            }}
          >
            Try again
          </button>
          <button type="button" className="button" onClick={() => void goToLibrary()}>
            Back to the library
          </button>
        </div>
      )}
    </main>
  );
}
