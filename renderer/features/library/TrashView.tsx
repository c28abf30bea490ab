import { useEffect, useRef } from 'react';
import type { TrashEntry } from '@shared/api/contract.ts';
import { focusSoon } from '../../app/focusSoon.ts';
import { useLibraryStore } from '../../stores/libraryStore.ts';
import { formatAbsoluteTime, formatRelativeTime } from './formatRelativeTime.ts';

/** Deleted stories, newest first, each with Restore; reached from the library header. */
export function TrashView({ onBack }: { onBack: () => void }) {
  const trash = useLibraryStore((s) => s.trashEntries);
  const trashError = useLibraryStore((s) => s.trashError);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    void useLibraryStore.getState().refreshTrash();
  }, []);

  async function restore(entry: TrashEntry, index: number): Promise<void> {
    if (!(await useLibraryStore.getState().restore(entry))) return;
    // Keep the keyboard in the list: the next entry's Restore, else the way back.
    focusSoon(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLElement>('[data-testid="trash-restore"]');
      return buttons?.[Math.min(index, buttons.length - 1)] ?? document.querySelector<HTMLElement>('[data-testid="trash-back"]');
    });
  }

  return (
    <section className="trash" aria-labelledby="trash-heading" data-testid="trash-view">
      <h2 id="trash-heading" className="visually-hidden">
        Deleted stories
      </h2>
      {trashError !== null && (
        <div className="notice notice--error" role="alert">
          <span>The trash could not be listed: {trashError}</span>
          <button type="button" className="button" onClick={() => void useLibraryStore.getState().refreshTrash()}>
            Try again
          </button>
        </div>
      )}
      {trash === null && trashError === null && <p className="muted">Loading the trash…</p>}
      {trash !== null && trash.length === 0 && (
        <div className="empty-state empty-state--quiet" data-testid="trash-empty">
          <h2>The trash is empty</h2>
          <p>Stories you delete from the library wait here until you restore them.</p>
          <div className="empty-state__actions">
            <button type="button" className="button" onClick={onBack}>
              Back to the library
            </button>
          </div>
        </div>
      )}
      {trash !== null && trash.length > 0 && (
        <>
          <p className="muted trash__intro">Deleted stories stay here until you restore them.</p>
          <ul className="story-list trash__list" aria-label="Deleted stories" ref={listRef}>
            {trash.map((entry, i) => {
              const title = entry.headline.trim() || 'Untitled story';
              return (
                <li key={entry.id} className="trash-row" data-testid="trash-row" data-story-id={entry.id}>
                  <div className="trash-row__main">
                    <span className={`trash-row__headline${entry.headline.trim() ? '' : ' is-untitled'}`}>{title}</span>
                    <span className="trash-row__when" title={formatAbsoluteTime(entry.trashedAt)}>
                      Deleted {formatRelativeTime(entry.trashedAt)}
                    </span>
                  </div>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Restore ${title}`}
                    data-testid="trash-restore"
                    onClick={() => void restore(entry, i)}
                  >
                    Restore
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
