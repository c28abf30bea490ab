/** Typing within this many milliseconds of the last change is undone together. */
const GROUP_MS = 600;
const LIMIT = 200;

/**
 * The undo history of one text field inside a node view (a caption, a credit). It
 * lives beside the editor's history on purpose: Ctrl/Cmd+Z typed in the field
 * undoes the field's own typing, never the story text around it.
 */
export class FieldHistory {
  private done: string[] = [];
  private undone: string[] = [];
  private lastChange = -Infinity;

  constructor(private current: string) {}

  /** The value the history believes the field holds. */
  get value(): string {
    return this.current;
  }

  /** The field now holds `value` after the writer typed; `now` is a timestamp in ms. */
  record(value: string, now: number): void {
    if (value === this.current) return;
    if (now - this.lastChange > GROUP_MS || this.done.length === 0) {
      this.done.push(this.current);
      if (this.done.length > LIMIT) this.done.shift();
    }
    this.undone = [];
    this.current = value;
    this.lastChange = now;
  }

  /** The value changed from outside (say the editor's own undo): it becomes the new starting point. */
  reset(value: string): void {
    this.done = [];
    this.undone = [];
    this.current = value;
    this.lastChange = -Infinity;
  }

  /** The value before the last group of typing, or null when there is nothing to undo. */
  undo(): string | null {
    const previous = this.done.pop();
    if (previous === undefined) return null;
    this.undone.push(this.current);
    this.current = previous;
    this.lastChange = -Infinity;
    return previous;
  }

  /** The value an undo took away, or null when there is nothing to redo. */
  redo(): string | null {
    const next = this.undone.pop();
    if (next === undefined) return null;
    this.done.push(this.current);
    this.current = next;
    this.lastChange = -Infinity;
    return next;
  }
}

/** Whether a keydown is the platform's undo (`'undo'`), redo (`'redo'`) or neither. */
export function historyKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}
