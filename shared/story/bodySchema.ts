import { z } from 'zod';
import { ASSET_ID } from './assetId.ts';
import { SAFE_LINK } from './safeLink.ts';

/**
 * The body of a story is TipTap JSON. It is validated against an allowlist of
 * node and mark types, so a hostile file or API call cannot smuggle unknown
 * nodes (or script-bearing attributes) into the library or an export.
 */
export const BODY_NODE_TYPES = [
  'doc',
  'paragraph',
  'text',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'pullQuote',
  'hardBreak',
  'figure',
  'adSlot',
  'newsletterBox',
] as const;

export const BODY_MARK_TYPES = ['bold', 'italic', 'link'] as const;

export type BodyNodeType = (typeof BODY_NODE_TYPES)[number];
export type BodyMarkType = (typeof BODY_MARK_TYPES)[number];

const attrValue = z.union([z.string().max(20_000), z.number(), z.boolean(), z.null()]);
const attrs = z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/).max(40), attrValue);

export const bodyMarkSchema = z
  .object({
    type: z.enum(BODY_MARK_TYPES),
    attrs: attrs.optional(),
  })
  .strict()
  .superRefine((mark, ctx) => {
    if (mark.type !== 'link') return;
    const href = mark.attrs?.href;
    if (typeof href !== 'string' || !SAFE_LINK.test(href.trim())) {
      ctx.addIssue({ code: 'custom', message: 'a link must start with http://, https:// or mailto:' });
    }
  });

export interface BodyMark {
  type: BodyMarkType;
  attrs?: Record<string, string | number | boolean | null>;
}

export interface BodyNode {
  type: BodyNodeType;
  attrs?: Record<string, string | number | boolean | null>;
  content?: BodyNode[];
  marks?: BodyMark[];
  text?: string;
}

export const bodyNodeSchema: z.ZodType<BodyNode> = z.lazy(() =>
  z
    .object({
      type: z.enum(BODY_NODE_TYPES),
      attrs: attrs.optional(),
      content: z.array(bodyNodeSchema).max(100_000).optional(),
      marks: z.array(bodyMarkSchema).max(10).optional(),
      text: z.string().max(1_000_000).optional(),
    })
    .strict()
    .superRefine((node, ctx) => {
      if (node.type === 'text' && typeof node.text !== 'string') {
        ctx.addIssue({ code: 'custom', message: 'a text node needs text' });
      }
      if (node.type === 'heading' && node.attrs?.level !== 2 && node.attrs?.level !== 3) {
        ctx.addIssue({ code: 'custom', message: 'headings in the body are level 2 or 3' });
      }
      if (node.type === 'figure') {
        const assetId = node.attrs?.assetId;
        if (assetId !== null && assetId !== undefined && (typeof assetId !== 'string' || !ASSET_ID.test(assetId))) {
          ctx.addIssue({ code: 'custom', message: 'a figure needs a valid picture reference' });
        }
      }
    }),
);

export const bodyDocSchema = z
  .object({
    type: z.literal('doc'),
    content: z.array(bodyNodeSchema).max(100_000),
  })
  .strict();

export type BodyDoc = z.infer<typeof bodyDocSchema>;
