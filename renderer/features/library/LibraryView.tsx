import { useEffect, useRef, useState } from 'react';
import { newStory, useAppStore } from '../../stores/appStore.ts';
import { useLibraryStore } from '../../stores/libraryStore.ts';
import { DamagedSection } from './DamagedSection.tsx';
import { ImportButton } from './ImportButton.tsx';
import { StoryRow } from './StoryRow.tsx';
import './library.css';

const SEARCH_DEBOUNCE_MS = 250;

/** The list of stories: search, create, import, duplicate, delete. */
export function LibraryView() {
  const listing = useLibraryStore((s) => s.listing);
  const query = useLibraryStore((s) => s.query);
  const loading = useLibraryStore((s) => s.loading);
  const error = useLibraryStore((s) => s.error);
  const findPending = useAppStore((s) => s.findPending);
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const searchRef = useRef<HTMLInputElement>(null);
  const firstLoad = useRef(true);

  useEffect(() => {
    const delay = firstLoad.current ? 0 : SEARCH_DEBOUNCE_MS;
    firstLoad.current = false;
    const timer = setTimeout(() => void useLibraryStore.getState().refresh(), delay);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    if (!findPending || !searchRef.current) return;
    useAppStore.getState().setFindPending(false);
    searchRef.current.focus();
  }, [findPending, listing]);

  const stories = listing?.stories ?? [];
  const hasQuery = query.trim() !== '';
  const isEmptyLibrary = listing !== null && stories.length === 0 && !hasQuery;

  return (
    <main className="library" aria-labelledby="library-heading">
      <div className="library__header">
        <h1 id="library-heading">Library</h1>
        {!isEmptyLibrary && (
        <div className="library__tools">
          <input
            ref={searchRef}
            type="search"
            className="input library__search"
            placeholder="Search headlines, bylines, tags…"
            aria-label="Search stories"
            data-testid="library-search"
            value={query}
            onChange={(e) => useLibraryStore.getState().setQuery(e.currentTarget.value)}
          />
          <ImportButton onErrors={setImportErrors} />
          <button type="button" className="button button--primary" data-testid="library-new-story" onClick={() => void newStory()}>
            New story
          </button>
        </div>
        )}
      </div>

      {importErrors.length > 0 && (
        <div className="notice notice--error" role="alert" data-testid="import-errors">
          <div>
            <strong>Some files were not imported.</strong>
            <ul>
              {importErrors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          </div>
          <button type="button" className="button button--quiet" onClick={() => setImportErrors([])}>
            Dismiss
          </button>
        </div>
      )}

      {error !== null && (
        <div className="notice notice--error" role="alert">
          <span>The library could not be listed: {error}</span>
          <button type="button" className="button" onClick={() => void useLibraryStore.getState().refresh()}>
            Try again
          </button>
        </div>
      )}

      {listing === null && loading && <p className="muted">Loading stories…</p>}

      {isEmptyLibrary && (
        <div className="empty-state" data-testid="library-empty">
          <h2>No stories yet</h2>
          <p>Start a new story, or import story files (.json) and their pictures.</p>
          <div className="empty-state__actions">
            <button type="button" className="button button--primary" data-testid="empty-new-story" onClick={() => void newStory()}>
              New story
            </button>
            <ImportButton onErrors={setImportErrors} />
          </div>
        </div>
      )}

      {listing !== null && stories.length === 0 && hasQuery && (
        <p className="muted" data-testid="library-no-match">
          No stories match “{query.trim()}”.
        </p>
      )}

      {stories.length > 0 && (
        <ul className="story-list" aria-label="Stories" data-testid="story-list" aria-busy={loading}>
          {stories.map((s) => (
            <StoryRow key={s.id} story={s} />
          ))}
        </ul>
      )}

      {listing !== null && <DamagedSection damaged={listing.damaged} />}
    </main>
  );
}
