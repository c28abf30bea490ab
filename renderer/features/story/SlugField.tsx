import { useId, useState } from 'react';
import { cleanSlugInput } from '../../stores/nextSlug.ts';
import { useStoryStore } from '../../stores/storyStore.ts';

/** The URL slug: follows the headline until the user edits it; always stored in valid form. */
export function SlugField() {
  const id = useId();
  const slug = useStoryStore((s) => s.fields?.slug ?? '');
  // While typing, show exactly what was typed ("nato-" on the way to "nato-iraq"); the store keeps the clean form.
  const [draft, setDraft] = useState<string | null>(null);

  return (
    <div className="field field--slug">
      <label htmlFor={id} className="field__label">
        Slug
      </label>
      <input
        id={id}
        type="text"
        className="input input--mono"
        maxLength={120}
        spellCheck={false}
        value={draft ?? slug}
        placeholder="follows-the-headline"
        aria-describedby={`${id}-hint`}
        data-testid="field-slug"
        onChange={(e) => {
          setDraft(e.currentTarget.value);
          useStoryStore.getState().setField('slug', cleanSlugInput(e.currentTarget.value));
        }}
        onBlur={() => setDraft(null)}
      />
      <div id={`${id}-hint`} className="field__hint">
        Used for the file and page names. Follows the headline until you change it.
      </div>
    </div>
  );
}
