import { Node, mergeAttributes } from '@tiptap/core';

export interface NewsletterBoxAttrs {
  heading: string;
  text: string;
  buttonLabel: string;
}

export const NEWSLETTER_DEFAULTS: NewsletterBoxAttrs = {
  heading: 'Subscribe to our newsletter',
  text: '',
  buttonLabel: 'Subscribe',
};

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    newsletterBox: {
      /** Inserts the "Subscribe to our newsletter" box. */
      insertNewsletterBox: (attrs?: Partial<NewsletterBoxAttrs>) => ReturnType;
    };
  }
}

/** The newsletter sign-up box a site shows inside or after the story. */
export const NewsletterBox = Node.create({
  name: 'newsletterBox',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      heading: { default: NEWSLETTER_DEFAULTS.heading, parseHTML: (el) => el.getAttribute('data-heading') ?? NEWSLETTER_DEFAULTS.heading, renderHTML: () => ({}) },
      text: { default: NEWSLETTER_DEFAULTS.text, parseHTML: (el) => el.getAttribute('data-text') ?? '', renderHTML: () => ({}) },
      buttonLabel: { default: NEWSLETTER_DEFAULTS.buttonLabel, parseHTML: (el) => el.getAttribute('data-button-label') ?? NEWSLETTER_DEFAULTS.buttonLabel, renderHTML: () => ({}) },
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-nd-newsletter]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attrs = node.attrs as NewsletterBoxAttrs;
    return [
      'section',
      mergeAttributes(HTMLAttributes, {
        'data-nd-newsletter': '',
        class: 'newsletter',
        'data-heading': attrs.heading,
        'data-text': attrs.text,
        'data-button-label': attrs.buttonLabel,
      }),
      ['h2', attrs.heading],
      ['p', attrs.text],
      ['span', { class: 'newsletter-button' }, attrs.buttonLabel],
    ];
  },

  addCommands() {
    return {
      insertNewsletterBox:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { ...NEWSLETTER_DEFAULTS, ...attrs } }),
    };
  },
});
