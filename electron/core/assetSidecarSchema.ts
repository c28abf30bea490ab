import { z } from 'zod';
import type { PictureFileMetadata } from '@shared/api/contract.ts';

const text = z.string().max(64 * 1024).nullable();

/** What a picture file said about itself when it was added (PictureFileMetadata). */
export const pictureFileMetadataSchema = z
  .object({
    caption: text,
    creditLine: text,
    creator: text,
    source: text,
    copyright: text,
    usageTerms: text,
    headline: text,
    dateCreated: text,
    altText: text,
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    format: z.enum(['jpeg', 'png', 'webp']),
    warnings: z.array(z.string().max(4_096)).max(50),
  })
  .strict() satisfies z.ZodType<PictureFileMetadata>;

/**
 * `<library>/assets/meta/<assetId>.json`: the metadata read from a picture when it was added,
 * so the library need not parse the picture again each time it is asked.
 */
export const assetSidecarSchema = z
  .object({
    format: z.literal('newsdesk-asset-meta'),
    version: z.literal(1),
    metadata: pictureFileMetadataSchema,
  })
  .strict();
export type AssetSidecar = z.infer<typeof assetSidecarSchema>;
