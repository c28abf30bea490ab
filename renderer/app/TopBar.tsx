import { goToLibrary, newStory, useAppStore } from '../stores/appStore.ts';
import { useStoryStore } from '../stores/storyStore.ts';
import { IS_MAC } from './isMacPlatform.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { withShortcut } from './shortcutLabel.ts';

/** The title of the open story, for the bar; only this re-renders while the headline is typed. */
function CurrentStoryTitle() {
  const headline = useStoryStore((s) => s.fields?.headline.trim() ?? '');
  return <span className={`topbar__story${headline ? '' : ' is-untitled'}`}>{headline || 'Untitled story'}</span>;
}

/** App name, where you are, save status, and the few actions that belong everywhere. */
export function TopBar() {
  const view = useAppStore((s) => s.view);
  const storyLoaded = useStoryStore((s) => view.name === 'story' && s.fields?.id === view.id);
  const inStory = view.name === 'story';

  return (
    <header className="topbar">
      <div className="topbar__left">
        <span className="topbar__app">Newsdesk</span>
        <nav className="topbar__crumbs" aria-label="Current view" data-testid="current-view">
          {inStory ? (
            <>
              <button type="button" className="link-button" onClick={() => void goToLibrary()} title={withShortcut('Back to the library', 'l', IS_MAC)}>
                Library
              </button>
              <span aria-hidden="true" className="topbar__sep">
                /
              </span>
              {storyLoaded ? <CurrentStoryTitle /> : <span className="muted">Opening…</span>}
            </>
          ) : (
            <span aria-current="page">Library</span>
          )}
        </nav>
      </div>
      <div className="topbar__right">
        {inStory && storyLoaded && <SaveStatus />}
        {inStory && (
          <>
            <button type="button" className="button" onClick={() => void newStory()} title={withShortcut('New story', 'n', IS_MAC)} data-testid="topbar-new-story">
              New story
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => useAppStore.getState().setExportOpen(true)}
              disabled={!storyLoaded}
              title={withShortcut('Export…', 'e', IS_MAC)}
              data-testid="open-export"
            >
              Export…
            </button>
          </>
        )}
      </div>
    </header>
  );
}
