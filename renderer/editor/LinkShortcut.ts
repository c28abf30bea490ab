import { Extension } from '@tiptap/core';

export interface LinkShortcutOptions {
  /** Opens the link form; the editor itself has no UI to show. */
  onOpen: () => void;
}

/** Ctrl/Cmd+K opens the link form, as in word processors and most CMSs. */
export const LinkShortcut = Extension.create<LinkShortcutOptions>({
  name: 'linkShortcut',

  addOptions() {
    return { onOpen: () => {} };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        // Pull quotes do not allow links; swallowing the key keeps the browser's own Ctrl+K away.
        if (this.editor.can().setLink({ href: 'https://example.com' })) this.options.onOpen();
        return true;
      },
    };
  },
});
