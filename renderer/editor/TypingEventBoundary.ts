import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * The events a keystroke in the body fires, in order (composition events, from an input method, are
 * left alone). No component of the app listens for them from above the editor: the app's shortcuts
 * all use Ctrl or Cmd (shortcutCommand.ts), and the find bar, focus mode and smart typing listen on
 * the window or the document, on the way down, before the boundary.
 */
export const TYPING_EVENTS = ['keydown', 'keypress', 'beforeinput', 'textInput', 'input', 'keyup'] as const;

/** Whether this event goes its usual way: a keydown with Ctrl or Cmd is a shortcut, which must reach the window. */
function isShortcut(event: Event): boolean {
  return event.type === 'keydown' && ((event as KeyboardEvent).ctrlKey || (event as KeyboardEvent).metaKey);
}

/**
 * Hands a keystroke's events to the editor from the top of the page, so that React never sees them.
 *
 * React listens for every event at its root, in both phases, and for each one walks from the target up
 * through the app's components looking for handlers: six events a key, with none found (about
 * 0.03 ms each in a trace, a fifth of what we add to a keystroke in a short story). A listener
 * below the root cannot stop the capture phase, which has passed the root by then. So the boundary
 * listens on the document's body, above React's root, in the capture phase: an event aimed at the
 * editor itself stops there, and ProseMirror runs its own handling of it at once, exactly as its
 * listener on the editor would have (`EditorView.dispatchEvent`: the editor's plugins first, then its
 * built-in handler). Stopping propagation does not cancel the browser's default action, so the typed
 * letter is inserted as before.
 *
 * Left to take their usual way: a keydown with Ctrl or Cmd (a shortcut), and events aimed at a field
 * inside one of the body's blocks (a caption), which its own listeners handle.
 */
export const TypingEventBoundary = Extension.create({
  name: 'typingEventBoundary',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('typingEventBoundary'),
        view(view: EditorView) {
          const top = view.dom.ownerDocument.body;
          const route = (event: Event): void => {
            if (event.target !== view.dom || isShortcut(event)) return;
            event.stopPropagation();
            view.dispatchEvent(event);
          };
          for (const type of TYPING_EVENTS) top.addEventListener(type, route, true);
          return {
            destroy() {
              for (const type of TYPING_EVENTS) top.removeEventListener(type, route, true);
            },
          };
        },
      }),
    ];
  },
});
