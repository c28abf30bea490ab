import { describe, expect, it } from 'vitest';
import { ApiError } from './apiError.ts';
import { parseApiInput } from './parseApiInput.ts';
import { createStory } from '../story/createStory.ts';

function nested(levels: number): unknown {
  let content: unknown = { type: 'text', text: 'deep' };
  for (let i = 0; i < levels; i++) content = { type: 'blockquote', content: [content] };
  return content;
}

describe('parseApiInput', () => {
  it('accepts a valid save', () => {
    const story = createStory(new Date('2026-01-01T00:00:00Z'));
    const { input } = parseApiInput<'saveStory'>('saveStory', { story, baseUpdatedAt: story.updatedAt });
    expect(input.story.id).toBe(story.id);
  });

  it('refuses a body nested 50,000 levels deep with a clear bad-input error, not a stack overflow', () => {
    const story = { ...createStory(new Date('2026-01-01T00:00:00Z')), body: { type: 'doc', content: [nested(50_000)] } };
    let caught: unknown;
    try {
      parseApiInput('saveStory', { story, baseUpdatedAt: story.updatedAt });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect((caught as ApiError).code).toBe('bad-input');
    expect((caught as ApiError).message).toMatch(/nests deeper/);
  });

  it('names an unknown method', () => {
    expect(() => parseApiInput('dropLibrary', {})).toThrow(/no API method called "dropLibrary"/);
  });
});
