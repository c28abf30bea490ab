import { attrFieldEditing } from './attrFieldEditing.ts';
import { FieldHistory } from './fieldHistory.ts';

export interface AttrFieldOptions {
  label: string;
  value: string;
  /** Writes the new value into the node's attribute (one transaction per keystroke). */
  onChange: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  className?: string;
  maxLength?: number;
}

export interface AttrFieldHandle {
  /** The field's outer element, to append to a node view. */
  element: HTMLElement;
  /** Takes the attribute's current value: a change from outside (undo, redo) replaces the draft. */
  setValue: (value: string) => void;
}

let nextId = 0;

/**
 * The plain-DOM twin of `AttrField.tsx` for node views drawn without React: the same
 * markup (`.nd-field` > `.nd-field-head` > label, then the input or textarea) and the
 * same behaviour. The input keeps its own text, so the caret never jumps while the
 * node updates; Ctrl/Cmd+Z and Shift+Z (or Ctrl+Y) typed here undo and redo this
 * field's own typing, not the story text.
 */
export function createAttrField({ label, value, onChange, multiline = false, placeholder, className, maxLength = 2_000 }: AttrFieldOptions): AttrFieldHandle {
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
  if (placeholder !== undefined) input.placeholder = placeholder;
  input.maxLength = maxLength;
  input.spellcheck = true;
  element.append(head, input);

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
  return { element, setValue };
}
