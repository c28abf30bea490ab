import type { RevisionSummary } from '@shared/api/contract.ts';
import { formatAbsoluteTime, formatRelativeTime } from '../library/formatRelativeTime.ts';
import { formatRevisionTime } from './formatRevisionTime.ts';
import { revisionReasonLabel } from './revisionReasonLabel.ts';
import { wordCountText } from './wordCountText.ts';

/** The versions, newest first; each row opens its preview. */
export function RevisionList({ revisions, onOpen }: { revisions: RevisionSummary[]; onOpen: (revision: RevisionSummary) => void }) {
  const now = new Date();
  return (
    <ol className="revision-list" aria-label="Earlier versions">
      {revisions.map((revision) => (
        <li key={revision.revisionId}>
          <button
            type="button"
            className="revision-row"
            data-testid="revision-row"
            data-revision-id={revision.revisionId}
            data-reason={revision.reason}
            title={formatAbsoluteTime(revision.savedAt)}
            onClick={() => onOpen(revision)}
          >
            <span className="revision-row__when">
              <span className="revision-row__relative">{formatRelativeTime(revision.savedAt, now)}</span>
              <time className="revision-row__time" dateTime={revision.savedAt}>
                {formatRevisionTime(revision.savedAt, now)}
              </time>
            </span>
            <span className="revision-row__meta">
              <span className={`revision-row__reason revision-row__reason--${revision.reason}`}>{revisionReasonLabel(revision.reason)}</span>
              <span aria-hidden="true">·</span>
              <span>{wordCountText(revision.wordCount)}</span>
            </span>
            {revision.headline.trim() !== '' && <span className="revision-row__headline">{revision.headline}</span>}
          </button>
        </li>
      ))}
    </ol>
  );
}
