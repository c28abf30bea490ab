import { DEFAULT_STORY_LANGUAGE, STORY_SCHEMA_VERSION } from './storyFormat.ts';

/** Brings story data of one format to the next; pure: returns a new object, never changes its input. */
export type StoryMigrationStep = (data: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** Format 1 → 2: stories gain a language; everything written before it was English. */
function addLanguage(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  // A language already present (not allowed in format 1) is kept, never dropped, and validated as usual.
  return { ...data, schemaVersion: 2, language: 'language' in data ? data.language : DEFAULT_STORY_LANGUAGE };
}

/** Format 2 → 3: stories gain a word-count target; none (0) for everything written before. */
function addWordTarget(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  // As with the language: a target already present is kept and validated, never dropped.
  return { ...data, schemaVersion: 3, wordTarget: 'wordTarget' in data ? data.wordTarget : 0 };
}

/**
 * The migration chain: `STORY_MIGRATIONS[n]` turns format n into format n + 1. Every
 * format from 1 up to (not including) STORY_SCHEMA_VERSION has a step.
 */
export const STORY_MIGRATIONS: Readonly<Record<number, StoryMigrationStep>> = {
  1: addLanguage,
  2: addWordTarget,
};

/** The story format a piece of data says it is in, or null when it says nothing usable. */
export function storyFormatOf(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) ? version : null;
}

/**
 * Brings story data from an older format up to STORY_SCHEMA_VERSION, before it is
 * validated with storySchema. `from` is the format the data was in: below
 * STORY_SCHEMA_VERSION means it was migrated. Data this cannot migrate (not an object,
 * no whole-number schemaVersion, below format 1, or already current or newer) comes
 * back unchanged with `from` = STORY_SCHEMA_VERSION, for the schema (or the caller's
 * newer-format check) to refuse. Never changes its input; throws only if the chain
 * has a gap, a bug its tests catch.
 */
export function migrateStoryData(data: unknown): { data: unknown; from: number } {
  const version = storyFormatOf(data);
  if (version === null || version < 1 || version >= STORY_SCHEMA_VERSION) return { data, from: STORY_SCHEMA_VERSION };
  let current = data as Readonly<Record<string, unknown>>;
  for (let n = version; n < STORY_SCHEMA_VERSION; n++) {
    const step = STORY_MIGRATIONS[n];
    if (!step) throw new Error(`No migration from story format ${n}; this is a bug in Newsdesk.`);
    current = step(current);
  }
  return { data: current, from: version };
}
