import type { Editor } from '@tiptap/core';
import type { FigureAttrs } from '@shared/editor/nodes/Figure.ts';
import type { BodyDoc } from '@shared/story/bodySchema.ts';

/** Live figures about the body, computed off the keystroke path (debounced). */
export interface BodyStats {
  words: number;
}

/** A picture in the body: its 1-based place among the body's figures, and its attributes. */
export interface BodyFigure {
  index: number;
  attrs: FigureAttrs;
}

/** What the story view can ask of the body editor, without re-rendering it. */
export interface BodyEditorHandle {
  /** The current document as TipTap JSON. Call only when saving, never per keystroke. */
  getJSON(): BodyDoc;
  focus(): void;
  /** Runs an insert command at the selection, e.g. from a native menu. */
  insert(kind: 'picture' | 'ad-slot' | 'newsletter'): void;
  /** The body's figures in document order (walks the document; no JSON). */
  listFigures(): BodyFigure[];
  /** Changes attributes of the figure at a 1-based index; false when there is no such figure. */
  updateFigure(index: number, attrs: Partial<FigureAttrs>): boolean;
  /**
   * Scrolls to the figure at a 1-based index and puts the cursor in its caption, credit or alt
   * text field; false when there is no such figure.
   */
  scrollToFigure(index: number, field: 'caption' | 'credit' | 'alt'): boolean;
  /**
   * Selects ProseMirror positions from..to (clamped; a range that is exactly one block leaf such as
   * an ad slot selects that node), focuses the editor and scrolls the selection to the middle.
   * False when the editor is gone. Used by the desk checks to jump to a problem.
   */
  revealRange(from: number, to: number): boolean;
  /**
   * The TipTap editor itself, for tools that work on the whole document (find and replace) or
   * add a plugin while they are open (its highlights); null once it is destroyed.
   */
  editor(): Editor | null;
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
  /**
   * Where the formatting toolbar goes: an element above the story's scroll area, so the bar stays in
   * view without being stuck over scrolling text. Left out, the toolbar sits just above the body.
   */
  toolbarSlot?: HTMLElement;
}
