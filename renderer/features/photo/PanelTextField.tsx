import { useId, useState } from 'react';

interface PanelTextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  maxLength: number;
  multiline?: boolean;
  testId?: string;
}

/**
 * A small labelled field of the photo panel. It keeps its own draft, so a value that comes back
 * a moment later (the body's figures are re-read debounced) never moves the caret.
 */
export function PanelTextField({ label, value, onChange, placeholder, maxLength, multiline = false, testId }: PanelTextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [adopted, setAdopted] = useState(value);
  if (value !== adopted) {
    setAdopted(value);
    setDraft(value);
  }
  const change = (raw: string) => {
    // One line in the story model; a pasted newline becomes a space.
    const next = raw.replace(/\r?\n/g, ' ');
    setDraft(next);
    setAdopted(next);
    onChange(next);
  };
  const common = { id, className: 'input input--small', value: draft, placeholder, maxLength, 'data-testid': testId };
  return (
    <div className="photo-field">
      <label htmlFor={id} className="photo-field__label">
        {label}
      </label>
      {multiline ? (
        <textarea rows={2} {...common} onChange={(e) => change(e.currentTarget.value)} />
      ) : (
        <input type="text" {...common} onChange={(e) => change(e.currentTarget.value)} />
      )}
    </div>
  );
}
