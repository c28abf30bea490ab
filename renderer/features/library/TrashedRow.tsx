import type { TrashedPlaceholder } from '../../stores/displayRows.ts';
import { useLibraryStore } from '../../stores/libraryStore.ts';

/**
 * Where a story was until a moment ago: a short line with Undo, so the rows below do not
 * jump up and put the next Delete button under the pointer.
 */
export function TrashedRow({ placeholder }: { placeholder: TrashedPlaceholder }) {
  const title = placeholder.story.headline.trim() || 'Untitled story';
  return (
    <li className="story-row story-row--trashed" data-testid="story-row-trashed">
      <span className="story-row__trashed-text">
        <span className="story-row__trashed-title">“{title}”</span> moved to the trash.
      </span>
      <button
        type="button"
        className="button button--small"
        aria-label={`Undo: put “${title}” back`}
        disabled={placeholder.restoring}
        onClick={() => void useLibraryStore.getState().undoTrash(placeholder.story.id)}
      >
        Undo
      </button>
    </li>
  );
}
