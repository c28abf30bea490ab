import { Node, mergeAttributes } from '@tiptap/core';
import { ASSET_ID } from '../../story/assetId.ts';

export interface FigureAttrs {
  assetId: string | null;
  caption: string;
  credit: string;
  alt: string;
  creator: string;
  source: string;
  copyright: string;
  usageTerms: string;
}

/** The text attributes of a figure, each kept in its own `data-*` attribute when copied. */
const TEXT_ATTRS = ['caption', 'credit', 'alt', 'creator', 'source', 'copyright', 'usageTerms'] as const;

function dataName(attr: string): string {
  return `data-${attr.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a picture with its caption, credit and alt text at the selection. */
      insertFigure: (attrs: Partial<FigureAttrs>) => ReturnType;
    };
  }
}

/**
 * A picture in the body. Caption, credit and alt text are attributes of the
 * node, so the credit is always its own field and never folded into the caption.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      assetId: {
        default: null,
        // Pasted markup can claim anything; only a real picture reference survives.
        parseHTML: (el) => {
          const value = el.getAttribute('data-asset-id');
          return value !== null && ASSET_ID.test(value) ? value : null;
        },
        renderHTML: () => ({}),
      },
      ...Object.fromEntries(
        TEXT_ATTRS.map((attr) => [attr, { default: '', parseHTML: (el: HTMLElement) => el.getAttribute(dataName(attr)) ?? '', renderHTML: () => ({}) }]),
      ),
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-nd-figure]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attrs = node.attrs as FigureAttrs;
    return [
      'figure',
      mergeAttributes(HTMLAttributes, {
        'data-nd-figure': '',
        'data-asset-id': attrs.assetId ?? '',
        ...Object.fromEntries(TEXT_ATTRS.map((attr) => [dataName(attr), attrs[attr]])),
      }),
      ['figcaption', attrs.caption, ['span', { class: 'credit' }, attrs.credit]],
    ];
  },

  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { assetId: null, ...Object.fromEntries(TEXT_ATTRS.map((a) => [a, ''])), ...attrs } }),
    };
  },
});
