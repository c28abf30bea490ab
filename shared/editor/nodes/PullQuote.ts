import { Node, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pullQuote: {
      /** Turns the current block into a pull quote, or back into a paragraph. */
      togglePullQuote: () => ReturnType;
    };
  }
}

/** A short quote lifted out of the text and set large; unlike a block quote it holds one line of text. */
export const PullQuote = Node.create({
  name: 'pullQuote',
  group: 'block',
  content: 'inline*',
  marks: 'bold italic',
  defining: true,

  parseHTML() {
    // Higher than the block quote's default 50, so our own markup comes back as a pull quote.
    return [{ tag: 'blockquote[data-pull-quote]', priority: 60 }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['blockquote', mergeAttributes(HTMLAttributes, { 'data-pull-quote': '', class: 'pull-quote' }), 0];
  },

  addCommands() {
    return {
      togglePullQuote:
        () =>
        ({ commands }) =>
          commands.toggleNode(this.name, 'paragraph'),
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Alt-q': () => this.editor.commands.togglePullQuote() };
  },
});
