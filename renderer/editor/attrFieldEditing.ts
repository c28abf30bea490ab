import { historyKey, type FieldHistory } from './fieldHistory.ts';

/** The key event fields the attribute field reads (a DOM KeyboardEvent has them). */
export interface AttrFieldKeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  preventDefault(): void;
  stopPropagation(): void;
}

/**
 * What typing and the undo keys do in a field bound to a node attribute (createAttrField.ts): a pasted newline becomes a
 * space, Enter never splits the one-line value, and Ctrl/Cmd+Z, Shift+Z (or Ctrl+Y) undo and redo
 * the field's own typing. `draft` is the field's current text; `write` sets it and the attribute.
 */
export function attrFieldEditing(history: FieldHistory, draft: () => string, write: (next: string) => void) {
  return {
    input(value: string, timeStamp: number): void {
      // Captions and credits are one line in the story model; a pasted newline becomes a space.
      const next = value.replace(/\r?\n/g, ' ');
      if (history.value !== draft()) history.reset(draft());
      history.record(next, timeStamp);
      write(next);
    },
    keyDown(event: AttrFieldKeyEvent): void {
      if (event.key === 'Enter') event.preventDefault();
      const step = historyKey(event);
      if (!step) return;
      // Always handled here: neither the editor nor the browser's page-wide undo may act on it.
      event.preventDefault();
      event.stopPropagation();
      // The attribute changed from outside since the last typing (editor undo): start over from it.
      if (history.value !== draft()) history.reset(draft());
      const next = step === 'undo' ? history.undo() : history.redo();
      if (next !== null) write(next);
    },
  };
}
