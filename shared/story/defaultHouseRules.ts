import type { HouseRules } from './houseRules.ts';

/**
 * The rules a desk gets when it has written none: the schema's defaults, spelt out rather than
 * parsed at load time, so that what only needs the defaults (the renderer's checks) does not load
 * zod. A test checks it equals `houseRulesSchema.parse({})`.
 */
export const DEFAULT_HOUSE_RULES: HouseRules = { headlineMax: 70, standfirstMax: 300, curlyQuotes: false, bannedWords: [] };
