import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { AdSlot } from './nodes/AdSlot.ts';
import { Figure } from './nodes/Figure.ts';
import { NewsletterBox } from './nodes/NewsletterBox.ts';
import { PullQuote } from './nodes/PullQuote.ts';
import { SAFE_LINK } from '../story/safeLink.ts';

/**
 * The schema of a story body. The editor, the exporter and the tests all build
 * from this one preset, so what can be typed is exactly what can be exported.
 * Anything StarterKit brings that the story model does not allow is switched off.
 */
export function newsdeskExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      // A trailing paragraph would be appended to every story ending in a box or figure, changing it merely by opening it.
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['http', 'https', 'mailto'],
        isAllowedUri: (url) => SAFE_LINK.test(url.trim()),
        HTMLAttributes: { rel: 'noopener noreferrer', target: null },
      },
    }),
    PullQuote,
    Figure,
    AdSlot,
    NewsletterBox,
  ];
}
