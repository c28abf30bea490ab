import type { JSONContent } from '@tiptap/core';
import type { Mark as PmMark, Node as PmNode } from '@tiptap/pm/model';
import { renderToHTMLString, serializeChildrenToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { ApiError } from '../api/apiError.ts';
import { NEWSLETTER_DEFAULTS } from '../editor/nodes/NewsletterBox.ts';
import { newsdeskExtensions } from '../editor/newsdeskExtensions.ts';
import type { BodyDoc, BodyNode } from '../story/bodySchema.ts';
import { SAFE_LINK } from '../story/safeLink.ts';
import { escapeHtml } from './escapeHtml.ts';
import { renderFigureHtml, type RenditionMap } from './renderFigureHtml.ts';

type Children = string | string[] | undefined;

function attrString(node: PmNode | PmMark, name: string, fallback = ''): string {
  const value: unknown = node.attrs[name];
  return typeof value === 'string' ? value : fallback;
}

const nodeMapping = (renditions: RenditionMap | undefined) => ({
  figure: ({ node }: { node: PmNode }): string =>
    renderFigureHtml(
      {
        assetId: attrString(node, 'assetId') || null,
        caption: attrString(node, 'caption'),
        credit: attrString(node, 'credit'),
        alt: attrString(node, 'alt'),
        creator: attrString(node, 'creator'),
        source: attrString(node, 'source'),
      },
      'nd-figure',
      renditions,
    ),
  adSlot: (): string => '<!-- ad-slot --><div class="ad-slot" role="presentation">- Advertisement -</div>',
  newsletterBox: ({ node }: { node: PmNode }): string => {
    const heading = attrString(node, 'heading', NEWSLETTER_DEFAULTS.heading);
    const text = attrString(node, 'text');
    const label = attrString(node, 'buttonLabel', NEWSLETTER_DEFAULTS.buttonLabel) || NEWSLETTER_DEFAULTS.buttonLabel;
    // The export is a static page: the button is a placeholder the site wires up, never a form that posts anywhere.
    return (
      `<section class="newsletter" aria-label="Newsletter">` +
      `<h2>${escapeHtml(heading)}</h2>` +
      (text.trim() === '' ? '' : `<p>${escapeHtml(text)}</p>`) +
      `<button type="button" class="newsletter-button" disabled>${escapeHtml(label)}</button>` +
      `</section>`
    );
  },
});

const markMapping = {
  link: ({ mark, children }: { mark: PmMark; children?: Children }): string => {
    const inner = serializeChildrenToHTMLString(children);
    const href = attrString(mark, 'href').trim();
    // Anything that is not the web or e-mail (javascript:, data:, file:) loses its link and stays as text.
    if (!SAFE_LINK.test(href)) return inner;
    return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${inner}</a>`;
  },
};

/** ProseMirror refuses empty text nodes, which the story schema tolerates; drop them before rendering. */
function withoutEmptyText(node: BodyNode): BodyNode {
  if (!node.content) return node;
  const content = node.content.filter((child) => child.type !== 'text' || (child.text ?? '') !== '').map(withoutEmptyText);
  return { ...node, content };
}

/**
 * Renders a story body (TipTap JSON) to an HTML fragment with the same
 * extension preset the editor uses. All text and attribute values are
 * escaped; links survive only for http(s) and mailto; pictures point at
 * their renditions in `images/` when `renditions` lists them, else at
 * `images/<assetId>`, relative to the page.
 */
export function renderBodyHtml(body: BodyDoc, renditions?: RenditionMap): string {
  const content = withoutEmptyText(body) as JSONContent;
  try {
    return renderToHTMLString({ content, extensions: newsdeskExtensions(), options: { nodeMapping: nodeMapping(renditions), markMapping } });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ApiError('damaged', `The story body could not be turned into HTML: ${reason}`);
  }
}
