import { useId, useState, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react';
import { attrFieldEditing } from './attrFieldEditing.ts';
import { FieldHistory } from './fieldHistory.ts';

export interface AttrFieldProps {
  label: string;
  value: string;
  /** Writes the new value into the node's attribute (one transaction per keystroke). */
  onChange: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  /** A short help line under the field. */
  hint?: string;
  className?: string;
  maxLength?: number;
  /** Shown after the label, outside it (so it is not part of the field's name), e.g. a "from file" mark. */
  adornment?: ReactNode;
}

/**
 * A labelled text field bound to a node attribute. It keeps its own draft so the
 * caret never jumps while the node re-renders, and takes the attribute back when it
 * changes from outside (undo, redo). Ctrl/Cmd+Z and Shift+Z (or Ctrl+Y) typed here
 * undo and redo this field's own typing, not the story text.
 */
export function AttrField({ label, value, onChange, multiline = false, placeholder, hint, className, maxLength = 2_000, adornment }: AttrFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [history] = useState(() => new FieldHistory(value));
  // Adopt a value that changed from outside (undo, redo) while rendering, without an effect.
  const [adopted, setAdopted] = useState(value);
  if (value !== adopted) {
    setAdopted(value);
    setDraft(value);
  }

  const write = (next: string) => {
    setDraft(next);
    onChange(next);
  };
  const editing = attrFieldEditing(history, () => draft, write);
  const change = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => editing.input(event.target.value, event.timeStamp);
  const keyDown = (event: KeyboardEvent) => editing.keyDown(event);
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    value: draft,
    onChange: change,
    onKeyDown: keyDown,
    placeholder,
    maxLength,
    spellCheck: true,
    'aria-describedby': hintId,
    className: 'nd-field-input',
  };

  return (
    <div className={`nd-field ${className ?? ''}`.trim()}>
      <div className="nd-field-head">
        <label className="nd-field-label" htmlFor={id}>
          {label}
        </label>
        {adornment}
      </div>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
      {hint ? (
        <span className="nd-field-hint" id={hintId}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}
