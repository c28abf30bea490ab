import { useCallback, useEffect, useRef, useState } from 'react';
import type { BodyDoc } from '@shared/story/bodySchema.ts';
import { api } from '../../api/client.ts';
import { BodyEditor } from '../../editor/BodyEditor.tsx';
import type { BodyEditorHandle, BodyStats } from '../../editor/bodyEditorTypes.ts';
import { goToLibrary } from '../../stores/appStore.ts';
import { clearBodyFigures, refreshBodyFiguresSoon } from '../../stores/bodyFiguresStore.ts';
import { describeError } from '../../stores/describeError.ts';
import type { SaveQueue } from '../../stores/saveQueue.ts';
import { useStoryStore } from '../../stores/storyStore.ts';
import { useSidePanelStore } from '../../stores/sidePanelStore.ts';
import { showToast } from '../../stores/toastStore.ts';
import { ChecksPanel } from '../checks/ChecksPanel.tsx';
import { FindBar } from '../findReplace/FindBar.tsx';
import { resetFind, scheduleFindRefresh } from '../findReplace/findStore.ts';
import { scheduleDeskChecks } from '../checks/deskChecksStore.ts';
import { HistoryPanel } from '../history/HistoryPanel.tsx';
import { registerStoryReloader } from '../history/openStoryReloader.ts';
import { PhotoPanel } from '../photo/PhotoPanel.tsx';
import { FocusModeControl } from '../writing/FocusModeControl.tsx';
import { useWritingTools } from '../writing/useWritingTools.ts';
import { WordTargetField } from '../writing/WordTargetField.tsx';
import { WritingSettingsSection } from '../writing/WritingSettingsSection.tsx';
import '../writing/writing.css';
import { BylineLine } from './BylineLine.tsx';
import { ConflictBanner } from './ConflictBanner.tsx';
import { HeadlineField } from './HeadlineField.tsx';
import { HeroPicker } from './HeroPicker.tsx';
import { RailsEditor } from './RailsEditor.tsx';
import { SlugField } from './SlugField.tsx';
import { StatsBar } from './StatsBar.tsx';
import { SidePanelTabs } from './SidePanelTabs.tsx';
import { StatusSelect } from './StatusSelect.tsx';
import { StoryTextField } from './StoryTextField.tsx';
import { TagsInput } from './TagsInput.tsx';
import { useAutosave } from './useAutosave.ts';
import './story.css';

type LoadState = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; body: BodyDoc; session: number };

/** One story open for writing: the page in the middle, its details and rails on the right. */
export function StoryView({ id }: { id: string }) {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [loadCount, setLoadCount] = useState(0);
  const tab = useSidePanelStore((s) => s.tab);
  const handleRef = useRef<BodyEditorHandle | null>(null);
  const queueRef = useRef<SaveQueue | null>(null);
  const language = useStoryStore((s) => s.fields?.language ?? 'en');
  useWritingTools();
  // Find and replace belongs to one story: opening another starts afresh.
  useEffect(() => () => resetFind(), [id]);

  useEffect(() => {
    let cancelled = false;
    api.getStory({ id }).then(
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
      <main className="story-main" aria-label="Story">
        <ConflictBanner storyId={id} handleRef={handleRef} onReload={reload} />
        <FindBar />
        {/* spellcheck and lang are inherited by every field and the body: the browser or Electron checks them in the story's language. */}
        <article className="paper" lang={language} spellCheck>
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
          <div className="paper__body" data-testid="body-editor">
            <BodyEditor key={`${id}:${load.session}`} initialContent={load.body} onChange={onChange} onStats={onStats} handleRef={setHandle} onError={onError} />
          </div>
        </article>
        <div className="stats-row">
          <StatsBar />
          <FocusModeControl />
        </div>
      </main>
      <aside className="side-panel" aria-label="Story details">
        <SidePanelTabs />
        {tab === 'pictures' && (
          <div role="tabpanel" id="side-tab-pictures" aria-labelledby="side-tab-pictures-button">
            <PhotoPanel />
          </div>
        )}
        {tab === 'checks' && (
          <div role="tabpanel" id="side-tab-checks" aria-labelledby="side-tab-checks-button">
            <ChecksPanel />
          </div>
        )}
        {tab === 'history' && (
          <div role="tabpanel" id="side-tab-history" aria-labelledby="side-tab-history-button">
            <HistoryPanel storyId={id} />
          </div>
        )}
        {/* Kept mounted while hidden, so a half-typed rail link survives a look at the pictures. */}
        <div role="tabpanel" id="side-tab-details" aria-labelledby="side-tab-details-button" hidden={tab !== 'details'}>
            <section className="panel-section" aria-labelledby="details-heading">
              <h2 id="details-heading">Details</h2>
              <StatusSelect />
              <SlugField />
              <TagsInput />
              <WordTargetField />
              <StoryTextField
                field="deskNotes"
                label="Desk notes"
                multiline
                maxLength={20_000}
                className="desk-notes"
                placeholder="Notes for editors: sources to check, legal, timing…"
                hint="Internal, never exported."
              />
            </section>
            <section className="panel-section" aria-labelledby="rails-heading">
              <h2 id="rails-heading">Rails</h2>
              <RailsEditor />
            </section>
            <WritingSettingsSection />
        </div>
      </aside>
    </div>
  );
}
