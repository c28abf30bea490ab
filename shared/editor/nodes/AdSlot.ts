import { Node, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    adSlot: {
      /** Inserts an "- Advertisement -" slot between paragraphs. */
      insertAdSlot: () => ReturnType;
    };
  }
}

/** A place where the site will put an advertisement. It has no text of its own. */
export const AdSlot = Node.create({
  name: 'adSlot',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  parseHTML() {
    return [{ tag: 'div[data-nd-ad-slot]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-nd-ad-slot': '', class: 'ad-slot' }), '- Advertisement -'];
  },

  addCommands() {
    return {
      insertAdSlot:
        () =>
        ({ commands }) =>
          commands.insertContent({ type: this.name }),
    };
  },
});
