import type { BodyDoc } from '@shared/story/bodySchema.ts';

/** Live figures about the body, computed off the keystroke path (debounced). */
export interface BodyStats {
  words: number;
}

/** What the story view can ask of the body editor, without re-rendering it. */
export interface BodyEditorHandle {
  /** The current document as TipTap JSON. Call only when saving, never per keystroke. */
  getJSON(): BodyDoc;
  focus(): void;
  /** Runs an insert command at the selection, e.g. from a native menu. */
  insert(kind: 'picture' | 'ad-slot' | 'newsletter'): void;
}

export interface BodyEditorProps {
  /** The editor is created once per story; change the React key to load another story. */
  initialContent: BodyDoc;
  /** Called on every document change. Cheap: it carries no JSON. */
  onChange: () => void;
  /** Called, debounced, with fresh word counts. */
  onStats: (stats: BodyStats) => void;
  /** Receives the imperative handle once the editor exists, and null when it goes away. */
  handleRef: (handle: BodyEditorHandle | null) => void;
  /** Reports an error the user should see (e.g. a refused picture). */
  onError: (message: string) => void;
}
