import { describe, expect, it } from 'vitest';
import seedFile from '../../tests/fixtures/seed-article/seed-article.json' with { type: 'json' };
import { createStory } from '@shared/story/createStory.ts';
import { MAX_STORY_JSON_DEPTH } from '@shared/story/exceedsJsonDepth.ts';
import { STORY_SCHEMA_VERSION } from '@shared/story/storyFormat.ts';
import { MAX_STORY_FILE_BYTES, parseStoryFile, type ParsedStoryFile } from './parseStoryFile.ts';

const ID = 'parse-story-0001';

function storyText(changes: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...createStory(new Date('2025-02-01T10:00:00Z'), ID), headline: 'Council approves new bus timetable', ...changes }, null, 2);
}

function problem(result: ParsedStoryFile): { reason: string; kind: string } {
  if (result.ok) throw new Error('expected the file to be refused');
  // A reason is for a person: one readable line, never a dump of the file.
  expect(result.reason.length).toBeGreaterThan(10);
  expect(result.reason.length).toBeLessThan(2_000);
  return result;
}

function damagedReason(content: string | Uint8Array): string {
  const result = problem(parseStoryFile(content, ID));
  expect(result.kind).toBe('damaged');
  return result.reason;
}

describe('parseStoryFile', () => {
  it('reads a current story, from text or bytes, without marking it migrated', () => {
    const text = storyText();
    for (const content of [text, Buffer.from(text)]) {
      const result = parseStoryFile(content, ID);
      expect(result).toEqual({ ok: true, story: JSON.parse(text) as unknown });
      expect(result.ok && 'migratedFrom' in result).toBe(false);
    }
  });

  it('migrates a format-1 story.json (the real seed article) and says it did', () => {
    const v1 = { ...seedFile.story, id: ID, deskNotes: '' };
    expect(v1.schemaVersion).toBe(1);
    const result = parseStoryFile(JSON.stringify(v1), ID);
    if (!result.ok) throw new Error(result.reason);
    expect(result.migratedFrom).toBe(1);
    expect(result.story.schemaVersion).toBe(STORY_SCHEMA_VERSION);
    expect(result.story.language).toBe('en');
    expect(result.story.headline).toBe('NATO to expand training mission in Iraq');
  });

  it('refuses a story from a newer Newsdesk as future-version, whatever else is in it', () => {
    for (const text of [storyText({ schemaVersion: STORY_SCHEMA_VERSION + 1 }), JSON.stringify({ schemaVersion: 99, somethingNew: [1] })]) {
      const result = problem(parseStoryFile(text, ID));
      expect(result.kind).toBe('future-version');
      expect(result.reason).toMatch(new RegExp(`written by a newer Newsdesk \\(story format \\d+; this version reads format ${STORY_SCHEMA_VERSION}\\)`));
      expect(result.reason).toContain('read-only');
    }
  });

  it.each([
    ['an empty file', '', /^story\.json is empty\.$/],
    ['only spaces', '  \n', /^story\.json is empty\.$/],
    ['a cut-off file', storyText().slice(0, 200), /^story\.json is not valid JSON \(/],
    ['a raw NUL byte', storyText().replace('"draft"', '"dr\0aft"'), /^story\.json is not valid JSON/],
    ['NUL bytes instead of text', '\0'.repeat(4096), /^story\.json is not valid JSON/],
    ['a format written as text', storyText({ schemaVersion: '2' }), /schemaVersion is the text "2", not a number/],
    ['no format', storyText({ schemaVersion: undefined }), /schemaVersion is missing/],
    ['a negative format', storyText({ schemaVersion: -1 }), /no valid story format number \(schemaVersion is -1\)/],
    ['format 0', storyText({ schemaVersion: 0 }), /schemaVersion is 0/],
    ['a fractional format', storyText({ schemaVersion: 1.5 }), /schemaVersion is 1\.5/],
    ['a list instead of a story', '[1,2,3]', /does not match the story format: \(top level\)/],
    ['a wrong type', storyText({ bylines: 'Ann' }), /does not match the story format: bylines:/],
    ['a bad language', storyText({ language: 'en_GB' }), /language: a language is a BCP 47 tag/],
    ['an unknown field', storyText({ extra: true }), /does not match the story format/],
    ['a story from another folder', storyText({ id: 'other-story-0002' }), /^story\.json belongs to story other-story-0002 but sits in folder parse-story-0001\.$/],
  ])('calls %s damaged, with a reason', (_name, text, reason) => {
    expect(damagedReason(text)).toMatch(reason);
  });

  it('refuses bytes that are not UTF-8 instead of reading them as "�"', () => {
    const bytes = Buffer.from(storyText());
    const at = bytes.indexOf('Council');
    bytes[at] = 0xc3; // starts a two-byte character that never finishes
    expect(damagedReason(bytes)).toBe('story.json is not valid UTF-8 text (some bytes are corrupted).');
  });

  it('reads a file that starts with a byte order mark, as text or bytes', () => {
    expect(parseStoryFile(`\uFEFF${storyText()}`, ID).ok).toBe(true);
    expect(parseStoryFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(storyText())]), ID).ok).toBe(true);
  });

  it('keeps a reason short however long the offending value is', () => {
    const reason = damagedReason(storyText({ status: 'x'.repeat(100_000), kicker: 'y'.repeat(100_000) }));
    expect(reason).toContain('kicker:');
    expect(reason).toContain('status:');
  });

  describe('hostile files: never a crash, never a hang', () => {
    const deep = 100_000;

    it.each([
      ['100,000 nested arrays', `${'['.repeat(deep)}${']'.repeat(deep)}`],
      ['100,000 nested objects in a field', storyText({ headline: '@@' }).replace('"@@"', `${'{"a":'.repeat(deep)}1${'}'.repeat(deep)}`)],
      [
        '100,000 nested body nodes',
        storyText({ body: '@@' }).replace('"@@"', `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(deep)}{"type":"paragraph"}${']}'.repeat(deep)}]}`),
      ],
    ])('refuses %s quickly with a reason', (_name, text) => {
      const started = performance.now();
      expect(damagedReason(text)).toBe(`story.json is nested more than ${MAX_STORY_JSON_DEPTH} levels deep, which no story is.`);
      expect(performance.now() - started).toBeLessThan(2_000);
    });

    it('still checks a body nested right up to the limit (the limit is below the stack overflow)', () => {
      // story (1) → body (2) → content (3) → node (4) → content (5) …: a node n levels into the body is at depth 2n + 2.
      const levels = (MAX_STORY_JSON_DEPTH - 2) / 2 - 1;
      const body = `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(levels)}{"type":"paragraph"}${']}'.repeat(levels)}]}`;
      const result = parseStoryFile(storyText({ body: '@@' }).replace('"@@"', body), ID);
      expect(result).toMatchObject({ ok: true });
      const deeper = parseStoryFile(storyText({ body: '@@' }).replace('"@@"', body.replace('{"type":"paragraph"}', '{"type":"blockquote","content":[{"type":"paragraph"}]}')), ID);
      expect(deeper).toMatchObject({ ok: false, kind: 'damaged' });
    });

    it('refuses a 50 MB headline quickly', () => {
      const started = performance.now();
      expect(damagedReason(storyText({ headline: 'x'.repeat(50 * 1024 * 1024) }))).toMatch(/headline: Too big/i);
      expect(performance.now() - started).toBeLessThan(5_000);
    });

    it('refuses a file over the size limit without parsing it', () => {
      const started = performance.now();
      const text = ' '.repeat(MAX_STORY_FILE_BYTES + 1);
      expect(damagedReason(text)).toBe('story.json is too large to be a story (64 MB; the limit is 64 MB).');
      expect(damagedReason(Buffer.from(text))).toContain('too large');
      expect(performance.now() - started).toBeLessThan(5_000);
    });
  });
});
