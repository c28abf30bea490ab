import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { focusSoon } from '../../app/focusSoon.ts';
import { IS_MAC } from '../../app/isMacPlatform.ts';
import { withShortcut } from '../../app/shortcutLabel.ts';
import { takeStartupListing } from '../../app/startFirstRequests.ts';
import { newStory, useAppStore } from '../../stores/appStore.ts';
import { displayRows } from '../../stores/displayRows.ts';
import { useLibraryStore } from '../../stores/libraryStore.ts';
import { DamagedSection } from './DamagedSection.tsx';
import { ImportButton } from './ImportButton.tsx';
import { runLibraryImport, useLibraryImportStore } from './runLibraryImport.ts';
import { StoryRow } from './StoryRow.tsx';
import { TrashedRow } from './TrashedRow.tsx';
import { TrashView } from './TrashView.tsx';
import './library.css';

const SEARCH_DEBOUNCE_MS = 250;

const hasFiles = (event: DragEvent): boolean => event.dataTransfer.types.includes('Files');

const openButton = (id: string) => () => document.querySelector<HTMLElement>(`[data-story-id="${id}"] [data-testid="story-open"]`);

/** Deletes a story from the list and puts the keyboard on the next story (or the search field when none is left). */
async function deleteFromList(id: string): Promise<void> {
  const { listing, placeholders, trash } = useLibraryStore.getState();
  const rows = displayRows(listing?.stories ?? [], placeholders);
  const index = rows.findIndex((r) => r.kind === 'story' && r.story.id === id);
  if (index < 0) return;
  const isStory = (r: (typeof rows)[number]): boolean => r.kind === 'story';
  const next = rows.slice(index + 1).find(isStory) ?? rows.slice(0, index).reverse().find(isStory);
  if (!(await trash(id, index, () => focusSoon(openButton(id))))) return;
  focusSoon(next?.kind === 'story' ? openButton(next.story.id) : () => document.querySelector<HTMLElement>('[data-testid="library-search"]'));
}

/** The list of stories: search, create, import, duplicate, delete; and the trash. */
export function LibraryView() {
  const listing = useLibraryStore((s) => s.listing);
  const query = useLibraryStore((s) => s.query);
  const loading = useLibraryStore((s) => s.loading);
  const error = useLibraryStore((s) => s.error);
  const findPending = useAppStore((s) => s.findPending);
  const placeholders = useLibraryStore((s) => s.placeholders);
  const trashCount = useLibraryStore((s) => s.trashEntries?.length ?? 0);
  const [showTrash, setShowTrash] = useState(false);
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [dropping, setDropping] = useState(false);
  const importing = useLibraryImportStore((s) => s.busy);
  const searchRef = useRef<HTMLInputElement>(null);
  const firstLoad = useRef(true);

  useEffect(() => {
    const first = firstLoad.current;
    firstLoad.current = false;
    // At start-up the listing is already on its way (startFirstRequests); coming back from a story, it is read again.
    if (first && takeStartupListing()) return;
    const timer = setTimeout(() => void useLibraryStore.getState().refresh(), first ? 0 : SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    if (!findPending || !searchRef.current) return;
    useAppStore.getState().setFindPending(false);
    searchRef.current.focus();
  }, [findPending, listing]);

  const onDelete = useCallback((id: string) => void deleteFromList(id), []);
  const openTrash = (): void => {
    setShowTrash(true);
    focusSoon(() => document.querySelector<HTMLElement>('[data-testid="trash-back"]'));
  };
  const closeTrash = (): void => {
    setShowTrash(false);
    focusSoon(() => document.querySelector<HTMLElement>('[data-testid="library-trash"]') ?? document.querySelector<HTMLElement>('[data-testid="empty-new-story"]'));
  };

  const stories = listing?.stories ?? [];
  const rows = displayRows(stories, placeholders);
  const hasQuery = query.trim() !== '';
  const isEmptyLibrary = listing !== null && rows.length === 0 && !hasQuery;
  const trashButton = (
    <button type="button" className="button button--quiet library__trash" data-testid="library-trash" onClick={openTrash}>
      Trash{trashCount > 0 ? ` (${trashCount})` : ''}
    </button>
  );

  if (showTrash) {
    return (
      <main className="library" aria-labelledby="library-heading">
        <div className="library__header">
          <h1 id="library-heading">Trash</h1>
          <div className="library__tools">
            <button type="button" className="button" data-testid="trash-back" onClick={closeTrash}>
              Back to the library
            </button>
          </div>
        </div>
        <TrashView onBack={closeTrash} />
      </main>
    );
  }

  // Story files, Word documents and pictures dropped anywhere on the library are imported.
  const dropHandlers = {
    onDragOver: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      if (!dropping) setDropping(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (e.currentTarget === e.target || !e.currentTarget.contains(e.relatedTarget as Node | null)) setDropping(false);
    },
    onDrop: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDropping(false);
      void runLibraryImport(Array.from(e.dataTransfer.files), setImportErrors);
    },
  };

  return (
    <main className={`library${dropping ? ' library--drop' : ''}`} aria-labelledby="library-heading" data-testid="library" {...dropHandlers}>
      <div className="library__header">
        <h1 id="library-heading">Library</h1>
        <div className="library__tools">
          {!isEmptyLibrary && (
            <>
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
              {trashButton}
              <ImportButton onErrors={setImportErrors} />
              <button
                type="button"
                className="button button--primary"
                data-testid="library-new-story"
                title={withShortcut('New story', 'n', IS_MAC)}
                onClick={() => void newStory()}
              >
                New story
              </button>
            </>
          )}
          {isEmptyLibrary && trashCount > 0 && trashButton}
        </div>
      </div>

      {dropping && (
        <p className="notice library__drop-hint" data-testid="library-drop-hint">
          Drop to import: Word documents (.docx), story files (.json) and pictures.
        </p>
      )}
      {importing && (
        <p className="notice" role="status" data-testid="import-progress">
          Importing… Word documents with many pictures can take a few seconds.
        </p>
      )}

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
          <p>Start a new story, import a Word document (.docx), or import story files (.json) and their pictures. You can also drop files here.</p>
          <div className="empty-state__actions">
            <button type="button" className="button button--primary" data-testid="empty-new-story" onClick={() => void newStory()}>
              New story
            </button>
            <ImportButton onErrors={setImportErrors} />
          </div>
        </div>
      )}

      {listing !== null && rows.length === 0 && hasQuery && (
        <p className="muted" data-testid="library-no-match">
          No stories match “{query.trim()}”.
        </p>
      )}

      {rows.length > 0 && (
        <ul className="story-list" aria-label="Stories" data-testid="story-list" aria-busy={loading}>
          {rows.map((row) =>
            row.kind === 'story' ? (
              <StoryRow key={row.story.id} story={row.story} onDelete={onDelete} />
            ) : (
              <TrashedRow key={row.placeholder.story.id} placeholder={row.placeholder} />
            ),
          )}
        </ul>
      )}

      {listing !== null && <DamagedSection damaged={listing.damaged} />}
    </main>
  );
}
