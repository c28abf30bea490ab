import { useEffect, useMemo, useState } from 'react';
import type { RevisionSummary } from '@shared/api/contract.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { api } from '../../api/client.ts';
import { HeroPreview } from './HeroPreview.tsx';
import { focusSoon } from '../../app/focusSoon.ts';
import { describeError } from '../../stores/describeError.ts';
import { formatAbsoluteTime } from '../library/formatRelativeTime.ts';
import { previewBodyHtml } from './previewBodyHtml.ts';
import { restoreVersionWithUndo } from './restoreVersion.ts';
import { revisionReasonLabel } from './revisionReasonLabel.ts';
import { wordCountText } from './wordCountText.ts';

type Loaded = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; story: Story; bodyHtml: string | null; bodyError: string | null };

interface RevisionPreviewProps {
  storyId: string;
  revision: RevisionSummary;
  onBack: () => void;
  /** After a successful restore (the editor already shows the restored text). */
  onRestored: () => void;
}

/** One earlier version, read-only, with "Restore this version" behind a confirm step. */
export function RevisionPreview({ storyId, revision, onBack, onRestored }: RevisionPreviewProps) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    api.getRevision({ id: storyId, revisionId: revision.revisionId }).then(
      (story) => {
        if (cancelled) return;
        try {
          setLoaded({ status: 'ready', story, bodyHtml: previewBodyHtml(story.body), bodyError: null });
        } catch (err) {
          setLoaded({ status: 'ready', story, bodyHtml: null, bodyError: describeError(err) });
        }
      },
      (err: unknown) => !cancelled && setLoaded({ status: 'failed', message: describeError(err) }),
    );
    focusSoon(() => document.getElementById('revision-preview-heading'));
    return () => {
      cancelled = true;
    };
  }, [storyId, revision.revisionId]);

  const when = useMemo(() => formatAbsoluteTime(revision.savedAt), [revision.savedAt]);

  async function restore(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await restoreVersionWithUndo(storyId, revision);
      onRestored();
    } catch (err) {
      setError(describeError(err));
      setBusy(false);
    }
  }

  return (
    <section className="revision-preview" aria-labelledby="revision-preview-heading" data-testid="revision-preview">
      <button type="button" className="button button--quiet button--small revision-preview__back" onClick={onBack}>
        ← All versions
      </button>
      <h2 id="revision-preview-heading" tabIndex={-1}>
        {revisionReasonLabel(revision.reason)}
      </h2>
      <p className="revision-preview__meta">
        <time dateTime={revision.savedAt}>{when}</time>
        <span aria-hidden="true"> · </span>
        {wordCountText(revision.wordCount)}
      </p>

      {loaded.status === 'loading' && <p className="muted">Opening this version…</p>}
      {loaded.status === 'failed' && (
        <div className="notice notice--error" role="alert">
          <span>{loaded.message}</span>
        </div>
      )}
      {loaded.status === 'ready' && (
        <>
          <div className="revision-actions">
            {!confirming ? (
              <button type="button" className="button button--primary" data-testid="revision-restore" onClick={() => setConfirming(true)}>
                Restore this version
              </button>
            ) : (
              <div className="revision-confirm" role="group" aria-labelledby="revision-confirm-text" data-testid="revision-confirm">
                <p id="revision-confirm-text">
                  Replace the story in the editor with this version? The current text is kept in History, and you can undo right away.
                </p>
                <div className="revision-confirm__buttons">
                  <button type="button" className="button button--primary button--small" disabled={busy} data-testid="revision-confirm-restore" onClick={() => void restore()}>
                    {busy ? 'Restoring…' : 'Restore'}
                  </button>
                  <button type="button" className="button button--small" disabled={busy} onClick={() => setConfirming(false)}>
                    Cancel
                  </button>
                </div>
              </div>
            )}
            {error && (
              <p className="inline-error" role="alert">
                {error}
              </p>
            )}
          </div>
          <article className="revision-paper" aria-label="This version, read-only" data-testid="revision-paper">
            {loaded.story.kicker.trim() !== '' && <p className="revision-paper__kicker">{loaded.story.kicker}</p>}
            <p className="revision-paper__headline">{loaded.story.headline.trim() || 'Untitled story'}</p>
            {loaded.story.standfirst.trim() !== '' && <p className="revision-paper__standfirst">{loaded.story.standfirst}</p>}
            <HeroPreview hero={loaded.story.hero} />
            {loaded.bodyHtml !== null ? (
              <div className="revision-paper__body" data-testid="revision-body" dangerouslySetInnerHTML={{ __html: loaded.bodyHtml }} />
            ) : (
              <p className="inline-error">The text of this version cannot be shown: {loaded.bodyError}</p>
            )}
          </article>
        </>
      )}
    </section>
  );
}
