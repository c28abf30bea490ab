import { describe, expect, it } from 'vitest';
import seedFile from '../../tests/fixtures/seed-article/seed-article.json' with { type: 'json' };
import hostileFile from '../../tests/fixtures/hostile-story.json' with { type: 'json' };
import minimalFile from '../../tests/fixtures/minimal-story.json' with { type: 'json' };
import { ApiError } from '../api/apiError.ts';
import type { Story } from '../story/storySchema.ts';
import { STORY_SCHEMA_VERSION } from '../story/storyFormat.ts';
import { parseStoryExport } from './parseStoryExport.ts';
import { renderStoryHtml } from './renderStoryHtml.ts';
import { serializeStoryExport } from './serializeStoryExport.ts';

const fixtures = { seed: seedFile, minimal: minimalFile, hostile: hostileFile };

function fixtureStory(file: unknown): Story {
  return parseStoryExport(JSON.stringify(file)).story;
}

function errorOf(run: () => unknown): ApiError {
  try {
    run();
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected an ApiError');
}

describe('serializeStoryExport / parseStoryExport', () => {
  it.each(Object.entries(fixtures))('round-trips the %s fixture losslessly', (_name, file) => {
    const story = fixtureStory(file);
    expect(story.deskNotes).toBe('');
    const json = serializeStoryExport(story, { exportedAt: '2025-01-01T00:00:00.000Z', generator: 'test' });
    expect(parseStoryExport(json).story).toEqual(story);
  });

  it('writes the versioned, pretty-printed envelope with a picture manifest', () => {
    const story = fixtureStory(seedFile);
    const json = serializeStoryExport(story, { exportedAt: '2025-01-01T00:00:00.000Z', generator: 'Newsdesk 9' });
    expect(json).toContain('\n  "format": "newsdesk-story",\n');
    const data = JSON.parse(json) as Record<string, unknown>;
    expect(data).toMatchObject({ format: 'newsdesk-story', formatVersion: 1, exportedAt: '2025-01-01T00:00:00.000Z', generator: 'Newsdesk 9' });
    expect(data.assets).toEqual([{ assetId: story.hero.assetId, path: `images/${story.hero.assetId}` }]);
    expect(parseStoryExport(json).assetIds).toEqual([story.hero.assetId]);
  });

  it('never exports desk notes, in JSON or HTML', () => {
    for (const file of Object.values(fixtures)) {
      const story: Story = { ...fixtureStory(file), deskNotes: 'DESK-NOTE-9d2c: source is anonymous, do not name' };
      const json = serializeStoryExport(story);
      expect(json).not.toContain('DESK-NOTE-9d2c');
      expect(json).not.toContain('deskNotes');
      expect(renderStoryHtml(story)).not.toContain('DESK-NOTE-9d2c');
      expect(parseStoryExport(json).story.deskNotes).toBe('');
    }
  });

  it('ignores desk notes smuggled into a file', () => {
    const data = JSON.parse(serializeStoryExport(fixtureStory(minimalFile))) as { story: Record<string, unknown> };
    data.story.deskNotes = 'secret';
    expect(parseStoryExport(JSON.stringify(data)).story.deskNotes).toBe('');
  });

  it('rejects text that is not JSON', () => {
    const err = errorOf(() => parseStoryExport('{"format": "newsdesk-story",'));
    expect(err.code).toBe('bad-input');
    expect(err.message).toMatch(/not valid JSON/);
  });

  it('rejects some other JSON file', () => {
    const err = errorOf(() => parseStoryExport('{"name": "package"}'));
    expect(err.code).toBe('bad-input');
    expect(err.message).toMatch(/not a Newsdesk story file/);
    expect(errorOf(() => parseStoryExport('[1,2]')).message).toMatch(/expected a JSON object/);
  });

  it('refuses a file from a newer Newsdesk with a readable reason', () => {
    const data = JSON.parse(serializeStoryExport(fixtureStory(minimalFile))) as Record<string, unknown>;
    data.formatVersion = 2;
    const err = errorOf(() => parseStoryExport(JSON.stringify(data)));
    expect(err.code).toBe('bad-input');
    expect(err.message).toMatch(/newer Newsdesk \(format version 2\)/);
  });

  it.each(Object.entries(fixtures))('migrates the format-1 %s fixture to the current story format', (_name, file) => {
    expect(file.story.schemaVersion).toBe(1);
    const story = fixtureStory(file);
    expect(story.schemaVersion).toBe(STORY_SCHEMA_VERSION);
    expect(story.language).toBe('en');
    expect(story.headline).toBe(file.story.headline);
    expect(JSON.parse(serializeStoryExport(story))).toMatchObject({ story: { schemaVersion: STORY_SCHEMA_VERSION, language: 'en' } });
  });

  it('refuses a story from a newer story format with a readable reason', () => {
    const data = JSON.parse(serializeStoryExport(fixtureStory(minimalFile))) as { story: Record<string, unknown> };
    data.story.schemaVersion = STORY_SCHEMA_VERSION + 1;
    const err = errorOf(() => parseStoryExport(JSON.stringify(data)));
    expect(err.code).toBe('bad-input');
    expect(err.message).toBe(
      `This story file holds a story from a newer Newsdesk (story format ${STORY_SCHEMA_VERSION + 1}); this version reads up to format ${STORY_SCHEMA_VERSION}. Update Newsdesk to open it.`,
    );
  });

  it('refuses a body nested 100,000 levels deep with a reason, not a stack overflow', () => {
    const deep = 100_000;
    const data = JSON.parse(serializeStoryExport(fixtureStory(minimalFile))) as { story: Record<string, unknown> };
    data.story.body = '@@';
    const body = `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(deep)}{"type":"paragraph"}${']}'.repeat(deep)}]}`;
    const err = errorOf(() => parseStoryExport(JSON.stringify(data).replace('"@@"', body)));
    expect(err.code).toBe('bad-input');
    expect(err.message).toMatch(/nested more than \d+ levels deep/);
  });

  it('lists every schema problem with its path', () => {
    const data = JSON.parse(serializeStoryExport(fixtureStory(minimalFile))) as { story: Record<string, unknown> };
    data.story.headline = 42;
    data.story.bylines = [];
    data.story.body = { type: 'doc', content: [{ type: 'script', text: 'x' }] };
    const err = errorOf(() => parseStoryExport(JSON.stringify(data)));
    expect(err.code).toBe('bad-input');
    expect(err.details?.some((d) => d.startsWith('story.headline:'))).toBe(true);
    expect(err.details?.some((d) => d.startsWith('story.bylines:'))).toBe(true);
    expect(err.details?.some((d) => d.startsWith('story.body.content.0.type:'))).toBe(true);
  });

  it('refuses a manifest that leaves out a picture the story uses, or points outside its folder', () => {
    const story = fixtureStory(seedFile);
    const data = JSON.parse(serializeStoryExport(story)) as { assets: { assetId: string; path: string }[] };
    expect(errorOf(() => parseStoryExport(JSON.stringify({ ...data, assets: [] }))).message).toMatch(/does not list it/);
    const escaping = { ...data, assets: [{ assetId: story.hero.assetId, path: '../../secret.jpg' }] };
    expect(errorOf(() => parseStoryExport(JSON.stringify(escaping))).details?.[0]).toMatch(/^assets\.0\.path:/);
    const absolute = { ...data, assets: [{ assetId: story.hero.assetId, path: '/etc/passwd' }] };
    expect(errorOf(() => parseStoryExport(JSON.stringify(absolute))).code).toBe('bad-input');
  });
});
