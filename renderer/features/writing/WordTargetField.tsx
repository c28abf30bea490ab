import { useId } from 'react';
import { MAX_WORD_TARGET } from '@shared/story/storyFormat.ts';
import { useStoryStore } from '../../stores/storyStore.ts';

/** The story's word-count target (0 or empty = none), in the details panel. */
export function WordTargetField() {
  const id = useId();
  const target = useStoryStore((s) => s.fields?.wordTarget ?? 0);
  return (
    <div className="field field--word-target">
      <label htmlFor={id} className="field__label">
        Word target
      </label>
      <input
        id={id}
        type="number"
        className="input input--narrow"
        min={0}
        max={MAX_WORD_TARGET}
        step={50}
        placeholder="None"
        value={target === 0 ? '' : target}
        data-testid="field-word-target"
        onChange={(e) => {
          const n = Math.round(Number(e.currentTarget.value));
          const wordTarget = Number.isFinite(n) ? Math.min(MAX_WORD_TARGET, Math.max(0, n)) : 0;
          // Not a SimpleField: the store's generic edit is reached through setState, bumping the revision so it saves.
          useStoryStore.setState((s) => (s.fields ? { fields: { ...s.fields, wordTarget }, editRevision: s.editRevision + 1 } : {}));
        }}
      />
      <div className="field__hint">The stats bar shows progress towards it.</div>
    </div>
  );
}
