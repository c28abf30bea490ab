import { useCallback, useEffect, useRef, useState } from 'react';
import type { BodyDoc } from '@shared/story/bodySchema.ts';
import { api } from '../../api/client.ts';
import { BodyEditor } from '../../editor/BodyEditor.tsx';
import type { BodyEditorHandle, BodyStats } from '../../editor/bodyEditorTypes.ts';
import { goToLibrary } from '../../stores/appStore.ts';
import { clearBodyFigures, refreshBodyFiguresSoon } from '../../stores/bodyFiguresStore.ts';
import { describeError } from '../../stores/describeError.ts';
import type { SaveQueue } from '../../stores/saveQueue.ts';
import { takeStory } from '../../stores/storyPrefetch.ts';
import { useStoryStore } from '../../stores/storyStore.ts';
import { showToast } from '../../stores/toastStore.ts';
import { FindBar } from '../findReplace/FindBar.tsx';
import { resetFind, scheduleFindRefresh } from '../findReplace/findStore.ts';
import { scheduleDeskChecks } from '../checks/deskChecksStore.ts';
import { registerStoryReloader } from '../history/openStoryReloader.ts';
import { FocusModeControl } from '../writing/FocusModeControl.tsx';
import { useWritingTools } from '../writing/useWritingTools.ts';
import '../writing/writing.css';
import { BylineLine } from './BylineLine.tsx';
import { ConflictBanner } from './ConflictBanner.tsx';
import { HeadlineField } from './HeadlineField.tsx';
import { HeroPicker } from './HeroPicker.tsx';
import { StatsBar } from './StatsBar.tsx';
import { StorySidePanel } from './StorySidePanel.tsx';
import { StoryTextField } from './StoryTextField.tsx';
import { useAutosave } from './useAutosave.ts';
import './story.css';

type LoadState = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; body: BodyDoc; session: number };

/** One story open for writing: the page in the middle, its details and rails on the right. */
export function StoryView({ id }: { id: string }) {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [loadCount, setLoadCount] = useState(0);
  // The body editor draws its toolbar into this from its first render; the element is put in its place,
  // above the scroll area, as the view mounts (a slot in state would draw the whole view twice on open).
  const [toolbarSlot] = useState(() => document.createElement('div'));
  const placeToolbar = useCallback(
    (frame: HTMLDivElement | null) => {
      if (frame && toolbarSlot.parentNode !== frame) frame.append(toolbarSlot);
    },
    [toolbarSlot],
  );
  const handleRef = useRef<BodyEditorHandle | null>(null);
  const queueRef = useRef<SaveQueue | null>(null);
  const language = useStoryStore((s) => s.fields?.language ?? 'en');
  useWritingTools();
  // Find and replace belongs to one story: opening another starts afresh.
  useEffect(() => () => resetFind(), [id]);

  useEffect(() => {
    let cancelled = false;
    // The first reading was usually started by the click that opened the story; a reload reads afresh.
    (loadCount === 0 ? takeStory(id) : api.getStory({ id })).then(
      (story) => {
        if (cancelled) return;
        useStoryStore.getState().open(story);
        // The editor's key comes from here, so it can never pair a new session with an old body.
        setLoad({ status: 'ready', body: story.body, session: useStoryStore.getState().session });
      },
      (error: unknown) => {
        if (!cancelled) setLoad({ status: 'failed', message: describeError(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, loadCount]);

  useAutosave(id, load.status === 'ready' ? load.session : 0, handleRef, queueRef, load.status === 'ready' ? load.body : null);

  const onChange = useCallback(() => {
    queueRef.current?.markChanged();
    // The photo panel's list of figures follows the body a moment later, never per keystroke.
    refreshBodyFiguresSoon(() => handleRef.current);
    // The Checks tab, when open, runs again once typing pauses (this only moves a timer).
    scheduleDeskChecks();
    // An open find bar counts again once typing pauses (nothing happens while it is closed).
    scheduleFindRefresh();
  }, []);
  const onStats = useCallback((stats: BodyStats) => useStoryStore.getState().setBodyWords(stats.words), []);
  const onError = useCallback((message: string) => showToast({ kind: 'error', message }), []);
  const setHandle = useCallback((handle: BodyEditorHandle | null) => {
    handleRef.current = handle;
    if (handle) refreshBodyFiguresSoon(() => handleRef.current, 0);
    else clearBodyFigures();
  }, []);
  const reload = useCallback(() => setLoadCount((n) => n + 1), []);
  // A restore from History replaces the story on disk; it asks through this to show the new text.
  useEffect(() => registerStoryReloader(id, reload), [id, reload]);

  if (load.status === 'loading') {
    return (
      <main className="story-view story-view--message">
        <p className="muted">Opening the story…</p>
      </main>
    );
  }
  if (load.status === 'failed') {
    return (
      <main className="story-view story-view--message">
        <div className="notice notice--error" role="alert">
          <span>This story could not be opened: {load.message}</span>
          <button type="button" className="button" onClick={() => void goToLibrary()}>
            Back to the library
          </button>
        </div>
      </main>
    );
  }

  return (
    <div className="story-view" data-testid="story-view">
      <main className="story-column" aria-label="Story">
        {/* The body's formatting toolbar is drawn here, above the scroll area: stuck inside it, over the
            scrolling text, it was a layer of its own that every keystroke's frame had to composite. */}
        <div className="story-toolbar" ref={placeToolbar} />
        {/* Above the scroll area, so the choices are in view wherever in the story the writer is. */}
        <ConflictBanner storyId={id} handleRef={handleRef} onReload={reload} />
        <div className="story-scroll">
          <div className="story-main">
            <FindBar />
            {/* spellcheck and lang are inherited by every field and the body: the browser or Electron checks them in the story's language. */}
            <article className="paper" lang={language} spellCheck>
              <header className="paper__head">
                <StoryTextField field="kicker" label="Kicker" maxLength={80} visibleLabel={false} className="kicker-input" placeholder="Kicker / section" />
                <HeadlineField />
                <StoryTextField
                  field="standfirst"
                  label="Standfirst"
                  multiline
                  maxLength={1_500}
                  visibleLabel={false}
                  className="standfirst-input"
                  placeholder="Standfirst: one or two sentences that tell the reader why this matters"
                />
                <BylineLine />
                <HeroPicker />
              </header>
              <div className="paper__body" data-testid="body-editor">
                <BodyEditor key={`${id}:${load.session}`} initialContent={load.body} onChange={onChange} onStats={onStats} handleRef={setHandle} onError={onError} toolbarSlot={toolbarSlot} />
              </div>
            </article>
          </div>
        </div>
        {/* Below the scroll area, not stuck over it: a bar laid over scrolling text made every keystroke's frame dearer. */}
        <div className="stats-row">
          <StatsBar />
          <FocusModeControl />
        </div>
      </main>
      <StorySidePanel storyId={id} />
    </div>
  );
}
