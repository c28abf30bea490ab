import { describe, expect, it } from 'vitest';
import hostileFile from '../../tests/fixtures/hostile-story.json' with { type: 'json' };
import minimalFile from '../../tests/fixtures/minimal-story.json' with { type: 'json' };
import seedFile from '../../tests/fixtures/seed-article/seed-article.json' with { type: 'json' };
import { createStory } from './createStory.ts';
import { migrateStoryData, STORY_MIGRATIONS, storyFormatOf } from './migrateStory.ts';
import { languageTagSchema, storySchema } from './storySchema.ts';
import { DEFAULT_STORY_LANGUAGE, STORY_SCHEMA_VERSION } from './storyFormat.ts';

/** The real format-1 stories the app shipped with; they stay format 1 on purpose, to test this migration. */
const v1Fixtures = { seed: seedFile, minimal: minimalFile, hostile: hostileFile };

function v1Story(file: { story: object }): Record<string, unknown> {
  // Export files leave desk notes out; a story.json always has them.
  return { ...structuredClone(file.story), deskNotes: 'kept as it is' };
}

describe('migrateStoryData', () => {
  it('has a step for every older format, so any old file reaches the current one', () => {
    expect(STORY_SCHEMA_VERSION).toBe(3);
    for (let n = 1; n < STORY_SCHEMA_VERSION; n++) expect(typeof STORY_MIGRATIONS[n]).toBe('function');
    expect(STORY_MIGRATIONS[STORY_SCHEMA_VERSION]).toBeUndefined();
  });

  it.each(Object.entries(v1Fixtures))('migrates the real format-1 %s fixture to a valid current story, changing nothing else', (_name, file) => {
    const input = v1Story(file);
    expect(input.schemaVersion).toBe(1);
    expect(storySchema.safeParse(input).success).toBe(false);
    const before = structuredClone(input);

    const { data, from } = migrateStoryData(input);
    expect(from).toBe(1);
    expect(input).toEqual(before);
    const parsed = storySchema.safeParse(data);
    expect(parsed.success).toBe(true);
    const { schemaVersion, language, wordTarget, ...rest } = data as Record<string, unknown>;
    expect(schemaVersion).toBe(STORY_SCHEMA_VERSION);
    expect(language).toBe('en');
    expect(wordTarget).toBe(0);
    const { schemaVersion: _old, ...oldRest } = before;
    void _old;
    expect(rest).toEqual(oldRest);
    expect(parsed.data?.headline).toBe((file.story as { headline: string }).headline);
  });

  it('keeps a language a format-1 file already carries, and the schema still checks it', () => {
    const good = migrateStoryData({ ...v1Story(minimalFile), language: 'de-CH' });
    expect((good.data as { language: string }).language).toBe('de-CH');
    expect(storySchema.safeParse(good.data).success).toBe(true);
    const bad = migrateStoryData({ ...v1Story(minimalFile), language: 'Klingon!' });
    expect(storySchema.safeParse(bad.data).success).toBe(false);
  });

  it('migrates a format-2 story to format 3 with no word target, changing nothing else', () => {
    const v2: Record<string, unknown> = { ...structuredClone(migrateStoryData(v1Story(seedFile)).data as Record<string, unknown>), schemaVersion: 2, language: 'en-GB' };
    delete v2.wordTarget;
    const before = structuredClone(v2);
    const { data, from } = migrateStoryData(v2);
    expect(from).toBe(2);
    expect(v2).toEqual(before);
    expect(data).toEqual({ ...before, schemaVersion: 3, wordTarget: 0 });
    expect(storySchema.safeParse(data).success).toBe(true);
  });

  it('keeps a word target a format-2 file already carries, and the schema still checks it', () => {
    const base = migrateStoryData(v1Story(minimalFile)).data as Record<string, unknown>;
    const good = migrateStoryData({ ...base, schemaVersion: 2, wordTarget: 800 });
    expect((good.data as { wordTarget: number }).wordTarget).toBe(800);
    expect(storySchema.safeParse(good.data).success).toBe(true);
    const bad = migrateStoryData({ ...base, schemaVersion: 2, wordTarget: -5 });
    expect(storySchema.safeParse(bad.data).success).toBe(false);
  });

  it('does not hide a format-1 story that was already invalid', () => {
    const { data, from } = migrateStoryData({ ...v1Story(minimalFile), bylines: [] });
    expect(from).toBe(1);
    const parsed = storySchema.safeParse(data);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['bylines']);
  });

  it('returns current stories untouched', () => {
    const story = createStory(new Date('2025-01-01T00:00:00Z'), 'current-story-0001');
    const result = migrateStoryData(story);
    expect(result.from).toBe(STORY_SCHEMA_VERSION);
    expect(result.data).toBe(story);
  });

  it.each([
    ['a newer format', { schemaVersion: STORY_SCHEMA_VERSION + 1, headline: 'x' }],
    ['format 0', { schemaVersion: 0 }],
    ['a negative format', { schemaVersion: -1 }],
    ['a fractional format', { schemaVersion: 1.5 }],
    ['a format written as text', { schemaVersion: '1' }],
    ['no format', { headline: 'x' }],
    ['an array', [1, 2]],
    ['null', null],
    ['a string', 'story'],
  ])('leaves %s for the schema or the caller to refuse', (_name, input) => {
    const copy = structuredClone(input);
    const result = migrateStoryData(input);
    expect(result.data).toBe(input);
    expect(result.from).toBe(STORY_SCHEMA_VERSION);
    expect(input).toEqual(copy);
  });

  it('reads the format number only when it is a whole number', () => {
    expect(storyFormatOf({ schemaVersion: 7 })).toBe(7);
    expect(storyFormatOf({ schemaVersion: '7' })).toBeNull();
    expect(storyFormatOf({ schemaVersion: 7.5 })).toBeNull();
    expect(storyFormatOf([7])).toBeNull();
  });
});

describe('story language', () => {
  it('is English for a new story, which is valid as created', () => {
    const story = createStory();
    expect(story.language).toBe(DEFAULT_STORY_LANGUAGE);
    expect(DEFAULT_STORY_LANGUAGE).toBe('en');
    expect(storySchema.safeParse(story).success).toBe(true);
  });

  it.each(['en', 'en-GB', 'de', 'de-CH-1996', 'sr-Latn-RS', 'es-419', 'gsw', 'zh-Hant'])('accepts the BCP 47 tag %s', (tag) => {
    expect(languageTagSchema.safeParse(tag).success).toBe(true);
  });

  it.each(['', 'e', 'english', 'en_GB', 'en-', 'en GB', '<script>', 'x-private', 'en-GB-'.repeat(10)])('refuses %j', (tag) => {
    const result = languageTagSchema.safeParse(tag);
    expect(result.success).toBe(false);
  });

  it('explains a bad language in words', () => {
    const result = storySchema.safeParse({ ...createStory(), language: 'English' });
    expect(result.error?.issues[0]?.message).toBe('a language is a BCP 47 tag such as "en", "en-GB" or "de"');
  });
});
