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

  it('accepts a save of the body\'s changed blocks, and refuses one whose blocks are reversed, hostile or nested 50,000 deep', () => {
    const { body: _body, ...fields } = createStory(new Date('2026-01-01T00:00:00Z'));
    const call = (body: unknown) => parseApiInput<'saveStoryEdits'>('saveStoryEdits', { story: fields, body, baseUpdatedAt: fields.updatedAt });
    const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'Typed.' }] };
    expect(call({ baseBlocks: 1, from: 0, to: 1, blocks: [paragraph] }).input.body.blocks).toHaveLength(1);
    const refusals = [
      { baseBlocks: 3, from: 2, to: 1, blocks: [] },
      { baseBlocks: 1, from: 0, to: 2, blocks: [] },
      { baseBlocks: 1, from: 0, to: 1, blocks: [{ type: 'script', text: 'alert(1)' }] },
      { baseBlocks: 1, from: 0, to: 1, blocks: [nested(50_000)] },
      { baseBlocks: 1, from: 0, to: 1, blocks: [], body: { type: 'doc', content: [] } },
    ];
    refusals.forEach((body, i) => expect(() => call(body), `refusal ${i}`).toThrow(ApiError));
    // The story's fields come without a body: a whole story is saveStory's.
    expect(() => parseApiInput('saveStoryEdits', { story: { ...fields, body: { type: 'doc', content: [] } }, body: { baseBlocks: 0, from: 0, to: 0, blocks: [] }, baseUpdatedAt: fields.updatedAt })).toThrow(ApiError);
  });

  it('names an unknown method', () => {
    expect(() => parseApiInput('dropLibrary', {})).toThrow(/no API method called "dropLibrary"/);
  });
});
