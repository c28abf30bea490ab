import { useId } from 'react';
import { useStoryStore, type SimpleField } from '../../stores/storyStore.ts';

type TextField = Exclude<SimpleField, 'status' | 'slug'>;

interface StoryTextFieldProps {
  field: TextField;
  label: string;
  maxLength: number;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
  className?: string;
  /** Show the label visually (side panel) or only to assistive tech (writing column). */
  visibleLabel?: boolean;
}

/** One plain text field of the story, bound to the store by a selector so only it re-renders. */
export function StoryTextField({ field, label, maxLength, multiline, placeholder, hint, className, visibleLabel = true }: StoryTextFieldProps) {
  const id = useId();
  const value = useStoryStore((s) => s.fields?.[field] ?? '');
  const onChange = (e: { currentTarget: { value: string } }): void => useStoryStore.getState().setField(field, e.currentTarget.value);
  const common = {
    id,
    value,
    maxLength,
    placeholder,
    className: `input ${className ?? ''}`,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    'data-testid': `field-${field}`,
    onChange,
  };
  return (
    <div className={`field field--${field}`}>
      <label htmlFor={id} className={visibleLabel ? 'field__label' : 'visually-hidden'}>
        {label}
      </label>
      {multiline ? <textarea {...common} rows={3} /> : <input type="text" {...common} />}
      {hint && (
        <div id={`${id}-hint`} className="field__hint">
          {hint}
        </div>
      )}
    </div>
  );
}
