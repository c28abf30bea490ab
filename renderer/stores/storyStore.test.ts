import { describe, expect, it } from 'vitest';
import { createStory } from '@shared/story/createStory.ts';
import { useStoryStore } from './storyStore.ts';

describe('useStoryStore', () => {
  it('keeps the body out, lets the slug follow the headline, and leaves other fields untouched', () => {
    const story = createStory(new Date('2025-01-01T00:00:00Z'), 'story-0001');
    useStoryStore.getState().open(story);
    const before = useStoryStore.getState();
    expect(before.fields).not.toHaveProperty('body');
    before.setHeadline('NATO to expand');
    const after = useStoryStore.getState();
    expect(after.fields?.slug).toBe('nato-to-expand');
    expect(after.fields?.rails).toBe(before.fields?.rails);
    expect(after.editRevision).toBe(before.editRevision + 1);
    after.markSaved('2025-01-01T00:01:00.000Z');
    expect(useStoryStore.getState().editRevision).toBe(after.editRevision);
    expect(useStoryStore.getState().baseUpdatedAt).toBe('2025-01-01T00:01:00.000Z');
  });
});
