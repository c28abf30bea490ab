import { useId, useState } from 'react';
import { useStoryStore } from '../../stores/storyStore.ts';
import { addTags, MAX_TAG_LENGTH } from './addTags.ts';

/** Tags as chips: Enter or comma adds, Backspace in the empty field removes the last. */
export function TagsInput() {
  const id = useId();
  const tags = useStoryStore((s) => s.fields?.tags);
  const [draft, setDraft] = useState('');
  if (!tags) return null;
  const setTags = useStoryStore.getState().setTags;

  function commit(): void {
    if (draft.trim() === '') return;
    setTags(addTags(tags ?? [], draft));
    setDraft('');
  }

  return (
    <div className="field field--tags">
      <label htmlFor={id} className="field__label">
        Tags
      </label>
      <div className="chips" data-testid="tags">
        {tags.map((tag) => (
          <span className="chip" key={tag} data-testid="tag-chip">
            {tag}
            <button type="button" className="chip__remove" aria-label={`Remove tag ${tag}`} onClick={() => setTags(tags.filter((t) => t !== tag))}>
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          type="text"
          className="chips__input"
          placeholder={tags.length === 0 ? 'Type a tag, press Enter' : 'Add a tag'}
          maxLength={MAX_TAG_LENGTH * 4}
          value={draft}
          data-testid="field-tags"
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value.includes(',')) {
              setTags(addTags(tags, value));
              setDraft('');
            } else {
              setDraft(value);
            }
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            } else if (e.key === 'Backspace' && draft === '' && tags.length > 0) {
              setTags(tags.slice(0, -1));
            }
          }}
          onBlur={commit}
        />
      </div>
    </div>
  );
}
