import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStory } from '@shared/story/createStory.ts';
import { prefetchStory, takeStory } from './storyPrefetch.ts';

// The page's own fetch stands in for the local host: it answers getStory with a story whose headline counts the reads.
let reads = 0;
beforeEach(() => {
  reads = 0;
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    expect(url).toBe('/api/getStory');
    const { id } = JSON.parse(init.body as string) as { id: string };
    reads++;
    const story = { ...createStory(new Date('2026-11-26T07:00:00.000Z')), id, headline: `read ${reads}` };
    return Promise.resolve(new Response(JSON.stringify(story), { status: 200 }));
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('reading a story ahead of opening it', () => {
  it('hands the story read on the click to the view, and a new click reads again', async () => {
    prefetchStory('story-a');
    expect(reads).toBe(1);
    expect((await takeStory('story-a')).headline).toBe('read 1');
    // Mounted again at once (React's development double mount): the same read.
    expect((await takeStory('story-a')).headline).toBe('read 1');
    expect(reads).toBe(1);
    // Opened again: a new read, and that is the one handed over.
    prefetchStory('story-a');
    expect((await takeStory('story-a')).headline).toBe('read 2');
  });

  it('does not hand over a read that is more than a few seconds old', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    prefetchStory('story-b');
    vi.setSystemTime(Date.now() + 6_000);
    expect((await takeStory('story-b')).headline).toBe('read 2');
  });

  it('gives another story its own read, and keeps only the latest read ahead', async () => {
    prefetchStory('story-c');
    expect((await takeStory('story-d')).id).toBe('story-d');
    expect(reads).toBe(2);
    prefetchStory('story-e');
    // story-c's read was replaced: taking it reads afresh.
    expect((await takeStory('story-c')).headline).toBe('read 4');
  });
});
