import { useId } from 'react';
import { STATUS_LABELS, STORY_STATUSES, type StoryStatus } from '@shared/story/storyStatus.ts';
import { useStoryStore } from '../../stores/storyStore.ts';

/** Where the story is in the desk's workflow. */
export function StatusSelect() {
  const id = useId();
  const status = useStoryStore((s) => s.fields?.status ?? 'draft');
  return (
    <div className="field field--status">
      <label htmlFor={id} className="field__label">
        Status
      </label>
      <select
        id={id}
        className={`input select status-select status-${status}`}
        value={status}
        data-testid="field-status"
        onChange={(e) => useStoryStore.getState().setField('status', e.currentTarget.value as StoryStatus)}
      >
        {STORY_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
    </div>
  );
}
