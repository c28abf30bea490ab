import { z } from 'zod';
import { languageTagSchema } from './storySchema.ts';

/** A word or phrase the desk does not print, and what to write instead ('' = just drop it). */
export const bannedWordSchema = z
  .object({
    word: z.string().trim().min(1, 'a banned word cannot be empty').max(100),
    suggestion: z.string().max(100).default(''),
    /** Matches "Brexit" but not "brexit" when true; by default case is ignored. */
    caseSensitive: z.boolean().default(false),
  })
  .strict();
export type BannedWord = z.infer<typeof bannedWordSchema>;

/**
 * A desk's house rules, as kept in `house-rules.json` (a file a desk can share). Every field is
 * optional in the file; what is missing takes the default. Unknown fields are refused, so a
 * misspelt rule ("headlinemax") is reported instead of silently ignored.
 */
export const houseRulesSchema = z
  .object({
    /** Longest headline, in characters as a reader counts them. */
    headlineMax: z.number().int().min(10).max(300).default(70),
    /** Longest standfirst, in characters. */
    standfirstMax: z.number().int().min(20).max(1_500).default(300),
    /** When true, straight quotes (" and ') are flagged: house style wants “ ” ‘ ’. */
    curlyQuotes: z.boolean().default(false),
    bannedWords: z.array(bannedWordSchema).max(2_000).default([]),
    /** The language these rules are written for (informational; a BCP 47 tag). */
    language: languageTagSchema.optional(),
  })
  .strict();

export type HouseRules = z.infer<typeof houseRulesSchema>;
export type HouseRulesFile = z.input<typeof houseRulesSchema>;
