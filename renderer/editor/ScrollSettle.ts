import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { scrollArea } from './scrollArea.ts';
import { scrollSelectionIntoArea } from './scrollSelectionIntoArea.ts';

/** How long to watch after a jump (ms): the blocks it brings near the screen are drawn over a few frames. */
const WATCH_MS = 600;
/** Corrections at most after one jump. */
const MAX_CORRECTIONS = 3;
/** A caret move shorter than this (characters) is typing or a step, which the browser keeps in view by itself. */
const JUMP_CHARS = 400;
/** The caret counts as out of sight this close to the area's edges (px): about two lines, under the scroll margin. */
const COVERED_EDGE = 48;

/**
 * Keeps the caret in view after a long jump (Ctrl+End, a search hit far away). Paragraphs and
 * blocks off screen are only estimated in height until drawn (content-visibility), so the first
 * scroll lands near, and the blocks it brings on screen then take their real size over the next
 * frames and move the caret. After the caret jumps (JUMP_CHARS or more), by the keyboard or a
 * scroll to the selection, this watches it for about half a second and scrolls again (at most three
 * times) while it is out of sight; it stops as soon as the writer scrolls, clicks or presses a key.
 * Typing and stepping with the arrows start no watch. The scroll to the selection itself, after
 * every keystroke, is done here too, measuring only the story's scroll area (see
 * scrollSelectionIntoArea.ts).
 */
export const ScrollSettle = Extension.create({
  name: 'scrollSettle',
  addProseMirrorPlugins() {
    let watching = false;
    let lastHead = 0;
    /** Whether the caret moved far since the last look (and remembers where it is now). */
    const jumped = (view: EditorView) => {
      const { head } = view.state.selection;
      const far = Math.abs(head - lastHead) >= JUMP_CHARS;
      lastHead = head;
      return far;
    };
    // Found once the editor is on the page (it is drawn detached first), then kept: no style reads per key.
    let found: HTMLElement | null = null;
    const areaOf = (view: EditorView) => (found ??= scrollArea(view.dom));
    const start = (view: EditorView, area: HTMLElement) => {
      if (watching || view.isDestroyed) return;
      watching = true;
      watch(view, area, () => (watching = false));
    };
    return [
      new Plugin({
        key: new PluginKey('scrollSettle'),
        // The caret moved without an edit (Ctrl+End, arrows, a click): the browser scrolls to it natively.
        view: () => ({
          update: (view, previous) => {
            if (view.state.doc !== previous.doc || view.state.selection.eq(previous.selection) || !jumped(view) || watching) return;
            const area = areaOf(view);
            if (area) start(view, area);
          },
        }),
        props: {
          handleScrollToSelection: (view) => {
            const area = areaOf(view);
            if (!area) return false;
            const far = jumped(view) && !watching;
            const before = area.scrollTop;
            // A jump that moved the story is watched while the blocks it brought on screen settle.
            const watchIfMoved = () => {
              if (far && Math.abs(area.scrollTop - before) >= 1) start(view, area);
            };
            if (scrollSelectionIntoArea(view, area)) {
              watchIfMoved();
              return true;
            }
            // Left to ProseMirror's own scroll (a window narrower than the page): looked at once it has run.
            requestAnimationFrame(watchIfMoved);
            return false;
          },
        },
      }),
    ];
  },
});

/** What the writer does to scroll or move on: any of these ends the watch. */
const WRITER_EVENTS = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

function watch(view: EditorView, area: HTMLElement, done: () => void): void {
  const until = performance.now() + WATCH_MS;
  let corrections = MAX_CORRECTIONS;
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  // The browser's own scroll anchoring moves scrollTop too, so the writer's intent is read from input.
  for (const type of WRITER_EVENTS) area.ownerDocument.addEventListener(type, stop, { capture: true, once: true, passive: true });
  const step = () => {
    if (stopped || view.isDestroyed || performance.now() > until) {
      for (const type of WRITER_EVENTS) area.ownerDocument.removeEventListener(type, stop, { capture: true });
      done();
      return;
    }
    if (!caretInView(view, area) && corrections-- > 0) view.dispatch(view.state.tr.scrollIntoView());
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

function caretInView(view: EditorView, area: HTMLElement): boolean {
  const caret = view.coordsAtPos(view.state.selection.head);
  const box = area.getBoundingClientRect();
  return caret.top >= box.top + COVERED_EDGE && caret.bottom <= box.bottom - COVERED_EDGE;
}
