import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyBodyEdit } from '@shared/story/applyBodyEdit.ts';
import type { BodyNode } from '@shared/story/bodySchema.ts';
import { createStory } from '@shared/story/createStory.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { makeBenchStory } from '../../tests/bench/fixtures/makeBenchStory.ts';
import { storyFileBytes } from './storyFileBytes.ts';

/** What a story file has always held: the story serialised whole, two-space indented, with a final line break. */
const wholeFile = (story: Story): string => `${JSON.stringify(story, null, 2)}\n`;

const paragraph = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

const hostile = (JSON.parse(readFileSync(new URL('../../tests/fixtures/hostile-story.json', import.meta.url), 'utf8')) as { story: Story }).story;

describe('storyFileBytes', () => {
  it('is byte for byte the whole story serialised at once: a long story, a hostile one, an empty body', () => {
    const long = makeBenchStory({ seed: 7, id: 'bytes-long', words: 3000, figures: 6, adSlots: 2, rails: 2, time: '2026-11-27T08:00:00.000Z' });
    const empty: Story = { ...createStory(new Date('2026-11-27T08:00:00.000Z'), 'bytes-story'), body: { type: 'doc', content: [] } };
    for (const story of [long, structuredClone(hostile), empty]) {
      expect(storyFileBytes(story).toString('utf8')).toBe(wholeFile(story));
    }
  });

  it('writes awkward text inside blocks as JSON does: line breaks, quotes, backslashes, NULs, emoji, U+2028', () => {
    const text = 'Line one\nline two\r\n"quoted" \\ back\u0000slash \u2028 \ud83d\udcf0 café “curly” </script>';
    const story: Story = { ...createStory(new Date('2026-11-27T08:00:00.000Z'), 'bytes-story'), headline: 'A headline with \n and "quotes"', body: { type: 'doc', content: [paragraph(text), paragraph('Second.')] } };
    const bytes = storyFileBytes(story);
    expect(bytes.toString('utf8')).toBe(wholeFile(story));
    expect((JSON.parse(bytes.toString('utf8')) as Story).body.content[0]?.content?.[0]?.text).toBe(text);
  });

  it('keeps each block’s bytes: after an edit the unchanged blocks are reused, and the file is still exact', () => {
    const story = makeBenchStory({ seed: 11, id: 'bytes-edit', words: 1200, time: '2026-11-27T08:00:00.000Z' });
    expect(storyFileBytes(story).toString('utf8')).toBe(wholeFile(story));
    const blocks = story.body.content.length;
    let body = story.body;
    for (let i = 0; i < 5; i++) {
      body = applyBodyEdit(body, { baseBlocks: body.content.length, from: 2, to: 3, blocks: [paragraph(`Typed on, edit ${i}.`)] });
      const next: Story = { ...story, headline: `Headline ${i}`, body };
      expect(storyFileBytes(next).toString('utf8')).toBe(wholeFile(next));
    }
    expect(body.content).toHaveLength(blocks);
  });

  it('freezes the blocks whose bytes it keeps, so a block changed in place fails loudly instead of being written stale', () => {
    const story: Story = { ...createStory(new Date('2026-11-27T08:00:00.000Z'), 'bytes-story'), body: { type: 'doc', content: [paragraph('Kept.')] } };
    storyFileBytes(story);
    const block = story.body.content[0];
    expect(() => {
      (block?.content?.[0] as { text: string }).text = 'changed in place';
    }).toThrow(TypeError);
    expect(storyFileBytes(story).toString('utf8')).toBe(wholeFile(story));
  });

  it('a field holding text like the placeholder for the blocks changes nothing', () => {
    const story: Story = {
      ...createStory(new Date('2026-11-27T08:00:00.000Z'), 'bytes-story'),
      headline: '\u0000newsdesk-blocks-\u0000',
      standfirst: '"\\u0000newsdesk-blocks-x\\u0000"',
      body: { type: 'doc', content: [paragraph('One.')] },
    };
    expect(storyFileBytes(story).toString('utf8')).toBe(wholeFile(story));
  });
});
