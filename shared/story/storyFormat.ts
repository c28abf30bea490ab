/**
 * The story format this Newsdesk writes. Older files are brought up to it by
 * `migrateStoryData` before validation; newer ones are refused, read-only.
 * 1: the first format. 2: adds `language`. 3: adds `wordTarget`.
 */
export const STORY_SCHEMA_VERSION = 3;

/** The most words a story's word-count target may ask for. */
export const MAX_WORD_TARGET = 100_000;

/** The language a new story (and a story from before format 2) is written in. */
export const DEFAULT_STORY_LANGUAGE = 'en';
