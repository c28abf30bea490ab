import { memo } from 'react';
import type { StorySummary } from '@shared/api/contract.ts';
import { STATUS_LABELS } from '@shared/story/storyStatus.ts';
import { thumbnailUrl } from '../../api/client.ts';
import { openStory } from '../../stores/appStore.ts';
import { useLibraryStore } from '../../stores/libraryStore.ts';
import { formatAbsoluteTime, formatRelativeTime } from './formatRelativeTime.ts';
import { formatCount } from '@shared/text/formatCount.ts';

/** One story in the library list. */
export const StoryRow = memo(function StoryRow({ story, onDelete }: { story: StorySummary; onDelete: (id: string) => void }) {
  const title = story.headline.trim() || 'Untitled story';
  const bylines = story.bylines.filter((b) => b.trim() !== '').join(', ');
  const open = (): void => void openStory(story.id);

  return (
    <li className="story-row" data-testid="story-row" data-story-id={story.id}>
      <div className="story-row__thumb" aria-hidden="true" onClick={open}>
        {story.heroAssetId ? <img src={thumbnailUrl(story.heroAssetId)} alt="" loading="lazy" /> : <span className="story-row__thumb-empty" />}
      </div>
      <div className="story-row__main">
        {story.kicker.trim() !== '' && <div className="kicker-text">{story.kicker}</div>}
        <h3 className="story-row__headline">
          <button type="button" className={`link-button${story.headline.trim() ? '' : ' is-untitled'}`} onClick={open} data-testid="story-open">
            {title}
          </button>
        </h3>
        <div className="story-row__meta">
          <span className={`status-badge status-${story.status}`} data-testid="story-status">
            {STATUS_LABELS[story.status]}
          </span>
          {/* The desk's short name for the story; it also tells a duplicate ("-copy") from its original. */}
          {story.slug !== '' && (
            <span className="story-row__slug" data-testid="story-slug" title="Slug">
              {story.slug}
            </span>
          )}
          {bylines !== '' && <span>By {bylines}</span>}
          {/* The full date is written into the tooltip when the pointer comes: formatting it uses Intl, whose set-up would otherwise delay the list's first paint. */}
          <span data-testid="story-updated" onPointerEnter={(event) => (event.currentTarget.title = formatAbsoluteTime(story.updatedAt))}>
            Updated {formatRelativeTime(story.updatedAt)}
          </span>
          <span>
            {formatCount(story.wordCount)} {story.wordCount === 1 ? 'word' : 'words'}
          </span>
        </div>
      </div>
      <div className="story-row__actions">
        <button type="button" className="button button--quiet" aria-label={`Duplicate ${title}`} onClick={() => void useLibraryStore.getState().duplicate(story.id)}>
          Duplicate
        </button>
        <button type="button" className="button button--quiet button--danger" aria-label={`Delete ${title}`} onClick={() => onDelete(story.id)}>
          Delete
        </button>
      </div>
    </li>
  );
});
