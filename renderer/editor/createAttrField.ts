import { attrFieldEditing } from './attrFieldEditing.ts';
import { FieldHistory } from './fieldHistory.ts';

export interface AttrFieldOptions {
  label: string;
  value: string;
  /** Writes the new value into the node's attribute (one transaction per keystroke). */
  onChange: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  /** A short help line under the field, read out with it (`aria-describedby`). */
  hint?: string;
  className?: string;
  maxLength?: number;
  /** Shown after the label, outside it (so it is not part of the field's name), e.g. a "from file" mark. */
  adornment?: HTMLElement | null;
}

export interface AttrFieldHandle {
  /** The field's outer element, to append to a node view. */
  element: HTMLElement;
  /** Takes the attribute's current value: a change from outside (undo, redo) replaces the draft. */
  setValue: (value: string) => void;
  /** Shows this help line under the field, or none. */
  setHint: (hint: string | undefined) => void;
  /** Changes the grey text shown while the field is empty. */
  setPlaceholder: (placeholder: string | undefined) => void;
  /** Puts this element after the label (replacing the one there), or none. */
  setAdornment: (adornment: HTMLElement | null) => void;
}

let nextId = 0;

/**
 * A labelled text field bound to a node attribute, for node views drawn without React:
 * `.nd-field` > `.nd-field-head` (label, adornment), then the input or textarea, then the hint.
 * The input keeps its own text, so the caret never jumps while the node updates;
 * Ctrl/Cmd+Z and Shift+Z (or Ctrl+Y) typed here undo and redo this field's own typing,
 * not the story text.
 */
export function createAttrField({ label, value, onChange, multiline = false, placeholder, hint, className, maxLength = 2_000, adornment = null }: AttrFieldOptions): AttrFieldHandle {
  const id = `nd-attr-field-${++nextId}`;
  const history = new FieldHistory(value);
  let draft = value;
  // The last value taken from the node, so only a change from outside replaces the draft.
  let adopted = value;

  const element = document.createElement('div');
  element.className = `nd-field ${className ?? ''}`.trim();
  const head = document.createElement('div');
  head.className = 'nd-field-head';
  const labelElement = document.createElement('label');
  labelElement.className = 'nd-field-label';
  labelElement.htmlFor = id;
  labelElement.textContent = label;
  head.append(labelElement);

  const input: HTMLInputElement | HTMLTextAreaElement = multiline ? document.createElement('textarea') : document.createElement('input');
  if (input instanceof HTMLTextAreaElement) input.rows = 2;
  else input.type = 'text';
  input.id = id;
  input.className = 'nd-field-input';
  input.value = value;
  input.maxLength = maxLength;
  input.spellcheck = true;
  element.append(head, input);

  const setPlaceholder = (next: string | undefined) => {
    if (next === undefined) input.removeAttribute('placeholder');
    else if (input.placeholder !== next) input.placeholder = next;
  };
  let shownAdornment: HTMLElement | null = null;
  const setAdornment = (next: HTMLElement | null) => {
    if (next === shownAdornment) return;
    shownAdornment?.remove();
    shownAdornment = next;
    if (next) head.append(next);
  };
  // Made on first use: most fields never show a hint.
  let hintElement: HTMLSpanElement | null = null;
  const setHint = (next: string | undefined) => {
    if (!next) {
      hintElement?.remove();
      input.removeAttribute('aria-describedby');
      return;
    }
    if (!hintElement) {
      hintElement = document.createElement('span');
      hintElement.className = 'nd-field-hint';
      hintElement.id = `${id}-hint`;
    }
    if (hintElement.textContent !== next) hintElement.textContent = next;
    if (hintElement.parentElement !== element) element.append(hintElement);
    input.setAttribute('aria-describedby', hintElement.id);
  };
  setPlaceholder(placeholder);
  setAdornment(adornment);
  setHint(hint);

  const write = (next: string) => {
    draft = next;
    if (input.value !== next) input.value = next;
    onChange(next);
  };
  const editing = attrFieldEditing(history, () => draft, write);
  input.addEventListener('input', (event) => editing.input(input.value, event.timeStamp));
  (input as HTMLElement).addEventListener('keydown', (event) => editing.keyDown(event));

  const setValue = (next: string) => {
    if (next === adopted) return;
    adopted = next;
    draft = next;
    if (input.value !== next) input.value = next;
  };
  return { element, setValue, setHint, setPlaceholder, setAdornment };
}
