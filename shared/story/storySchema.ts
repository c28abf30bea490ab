import { z } from 'zod';
import { ASSET_ID } from './assetId.ts';
import { STORY_ID } from './storyId.ts';
import { bodyDocSchema } from './bodySchema.ts';
import { MAX_WORD_TARGET, STORY_SCHEMA_VERSION } from './storyFormat.ts';
import { STORY_STATUSES } from './storyStatus.ts';
import { isRailUrl, MAX_RAIL_URL_LENGTH } from './webUrl.ts';

/**
 * A BCP 47 language tag as newsrooms use them: a language ("en", "de", "gsw"), then optionally
 * a script ("sr-Latn"), a region ("en-GB", "es-419") and variants ("de-CH-1996"). Extensions and
 * private-use subtags are not accepted; exports (IPTC ninjs, HTML lang) need plain tags.
 */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?(-([a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*$/;

export const languageTagSchema = z
  .string()
  .max(35)
  .regex(LANGUAGE_TAG, 'a language is a BCP 47 tag such as "en", "en-GB" or "de"');

export const storyIdSchema = z
  .string()
  .regex(STORY_ID, 'a story id is 8 to 64 lowercase letters, digits or dashes');

export const assetIdSchema = z.string().regex(ASSET_ID, 'a picture reference is a SHA-256 and an extension');

const isoTime = z.iso.datetime({ offset: true });

/**
 * A picture placed in a story: which file, and the words that travel with it. The credit line
 * is what is printed; creator, source, copyright and usage terms are kept apart from it and
 * from the caption, so none of them is ever lost in another. Stories written before these
 * rights fields existed read as empty ones.
 */
export const pictureSchema = z
  .object({
    assetId: assetIdSchema.nullable(),
    caption: z.string().max(2_000),
    credit: z.string().max(300),
    alt: z.string().max(1_000),
    creator: z.string().max(300).default(''),
    source: z.string().max(300).default(''),
    copyright: z.string().max(500).default(''),
    usageTerms: z.string().max(2_000).default(''),
  })
  .strict();
export type Picture = z.infer<typeof pictureSchema>;

export const railUrlSchema = z
  .string()
  .max(MAX_RAIL_URL_LENGTH)
  .refine(isRailUrl, 'a link must be an http:// or https:// address');

export const railItemSchema = z
  .object({
    id: z.string().min(1).max(64),
    title: z.string().max(300),
    teaser: z.string().max(1_000),
    url: railUrlSchema,
    picture: pictureSchema.nullable(),
  })
  .strict();
export type RailItem = z.infer<typeof railItemSchema>;

export const railSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().max(80),
    items: z.array(railItemSchema).max(200),
  })
  .strict();
export type Rail = z.infer<typeof railSchema>;

export const storySchema = z
  .object({
    schemaVersion: z.literal(STORY_SCHEMA_VERSION),
    id: storyIdSchema,
    slug: z.string().max(120).regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'a slug is lowercase words joined by dashes'),
    language: languageTagSchema,
    /** How many words the story should have (0 = no target); the stats bar shows progress towards it. */
    wordTarget: z.number().int().min(0).max(MAX_WORD_TARGET),
    kicker: z.string().max(80),
    headline: z.string().max(300),
    standfirst: z.string().max(1_500),
    bylines: z.array(z.string().max(120)).min(1, 'a story has at least one byline').max(12),
    dateline: z.string().max(120),
    tags: z.array(z.string().min(1).max(60)).max(50),
    status: z.enum(STORY_STATUSES),
    createdAt: isoTime,
    updatedAt: isoTime,
    deskNotes: z.string().max(20_000),
    hero: pictureSchema,
    body: bodyDocSchema,
    rails: z.array(railSchema).max(12),
  })
  .strict();

export type Story = z.infer<typeof storySchema>;

/** A story without its body: what a save that sends only the body's changes carries beside them. */
export const storyFieldsSchema = storySchema.omit({ body: true });
export type StoryFields = z.infer<typeof storyFieldsSchema>;
