import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/**
 * The events a keystroke in the body fires after its keydown. Nothing above the editor listens for
 * them: the app's shortcuts, the find bar and focus mode listen for keydown, and the node views'
 * own fields listen on themselves.
 */
export const TYPING_EVENTS = ['keypress', 'keyup', 'beforeinput', 'input', 'textInput', 'compositionstart', 'compositionupdate', 'compositionend'] as const;

const stop = (event: Event) => event.stopPropagation();

/**
 * A keydown without Ctrl or Cmd stops too: every app shortcut needs one of them (shortcutCommand.ts),
 * and the find bar and focus mode see keys on the way down, before the editor.
 */
const stopPlainKeyDown = (event: KeyboardEvent) => {
  if (!event.ctrlKey && !event.metaKey) event.stopPropagation();
};

/**
 * Keeps a keystroke's events inside the editor. React listens for every event at its root and, for
 * each one, walks from the editor up through the app's components looking for handlers: six events
 * a key, with none found. Stopped where the editor's own handlers run (its root element, after
 * ProseMirror's), they no longer bubble to the root; the editor still sees all of them, and listeners
 * that capture on the way down (smart typing, find, focus mode, the benchmarks' probe) too.
 */
export const TypingEventBoundary = Extension.create({
  name: 'typingEventBoundary',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('typingEventBoundary'),
        view(view) {
          for (const type of TYPING_EVENTS) view.dom.addEventListener(type, stop);
          view.dom.addEventListener('keydown', stopPlainKeyDown);
          return {
            destroy() {
              for (const type of TYPING_EVENTS) view.dom.removeEventListener(type, stop);
              view.dom.removeEventListener('keydown', stopPlainKeyDown);
            },
          };
        },
      }),
    ];
  },
});
