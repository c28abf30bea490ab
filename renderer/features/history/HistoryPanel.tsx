import { useCallback, useEffect, useRef, useState } from 'react';
import type { RevisionSummary } from '@shared/api/contract.ts';
import { api } from '../../api/client.ts';
import { focusSoon } from '../../app/focusSoon.ts';
import { describeError } from '../../stores/describeError.ts';
import { useHistoryStore } from './historyStore.ts';
import { RevisionList } from './RevisionList.tsx';
import { RevisionPreview } from './RevisionPreview.tsx';
import './history.css';

type ListState = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; revisions: RevisionSummary[] };

/**
 * The story's earlier versions: a list (newest first), a read-only preview of one, and a way
 * to restore it. The list is read afresh each time the tab opens and after every restore.
 */
export function HistoryPanel({ storyId }: { storyId: string }) {
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [selected, setSelected] = useState<RevisionSummary | null>(null);
  const changes = useHistoryStore((s) => s.changes);
  const panelRef = useRef<HTMLDivElement>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    api.listRevisions({ id: storyId }).then(
      (revisions) => !cancelled && setList({ status: 'ready', revisions }),
      (error: unknown) => !cancelled && setList({ status: 'failed', message: describeError(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [storyId, changes, attempt]);

  const back = useCallback(() => {
    const id = selected?.revisionId;
    setSelected(null);
    focusSoon(() => panelRef.current?.querySelector<HTMLElement>(`[data-revision-id="${id ?? ''}"]`) ?? null);
  }, [selected]);

  return (
    <div className="history-panel" data-testid="history-panel" ref={panelRef}>
      {selected ? (
        <RevisionPreview storyId={storyId} revision={selected} onBack={back} onRestored={() => setSelected(null)} />
      ) : (
        <section className="panel-section" aria-labelledby="history-heading">
          <h2 id="history-heading">Earlier versions</h2>
          {list.status === 'loading' && <p className="muted history-panel__note">Loading the history…</p>}
          {list.status === 'failed' && (
            <div className="notice notice--error" role="alert">
              <span>The history could not be read: {list.message}</span>
              <button type="button" className="button button--small" onClick={() => setAttempt((n) => n + 1)}>
                Try again
              </button>
            </div>
          )}
          {list.status === 'ready' && list.revisions.length === 0 && (
            <div className="history-empty" data-testid="history-empty">
              <p className="history-empty__title">No earlier versions yet</p>
              <p className="muted">
                While you write, Newsdesk keeps a version every few minutes, and always one before an export or a restore. They will appear
                here.
              </p>
            </div>
          )}
          {list.status === 'ready' && list.revisions.length > 0 && (
            <>
              <p className="muted history-panel__note">Choose a version to see it. Restoring one keeps the current text here too.</p>
              <RevisionList revisions={list.revisions} onOpen={setSelected} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
