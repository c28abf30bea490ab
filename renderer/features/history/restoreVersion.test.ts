import { afterEach, describe, expect, it } from 'vitest';
import type { ApiClient, RestoredRevision } from '@shared/api/contract.ts';
import { createStory } from '@shared/story/createStory.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { setActiveStory } from '../../stores/activeStory.ts';
import { useStoryStore } from '../../stores/storyStore.ts';
import { useHistoryStore } from './historyStore.ts';
import { registerStoryReloader } from './openStoryReloader.ts';
import { restoreVersion } from './restoreVersion.ts';

type Client = Pick<ApiClient, 'restoreRevision' | 'getStory'>;

const STORY: Story = createStory(new Date('2025-06-15T10:00:00.000Z'), 'story-one');
const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  useStoryStore.getState().close();
});

/** A client that records what it was asked and answers like the core. */
function recordingClient(diskUpdatedAt: string): { client: Client; calls: unknown[] } {
  const calls: unknown[] = [];
  const client: Client = {
    getStory: (input) => {
      calls.push(['getStory', input]);
      return Promise.resolve({ ...STORY, updatedAt: diskUpdatedAt });
    },
    restoreRevision: (input) => {
      calls.push(['restoreRevision', input]);
      const result: RestoredRevision = { story: { ...STORY, updatedAt: '2025-06-15T12:00:00.000Z' }, undoRevisionId: '20250615T120000000Z-before-restore' };
      return Promise.resolve(result);
    },
  };
  return { client, calls };
}

function openStory(flushResult: boolean, order: string[]): void {
  useStoryStore.getState().open({ ...STORY, updatedAt: '2025-06-15T11:00:00.000Z' });
  cleanups.push(
    setActiveStory({
      id: STORY.id,
      flush: () => {
        order.push('flush');
        // A save that succeeds moves the base on, as the autosave does.
        if (flushResult) useStoryStore.getState().markSaved('2025-06-15T11:30:00.000Z');
        return Promise.resolve(flushResult);
      },
      retry: () => Promise.resolve(true),
      bodyHandle: () => null,
    }),
  );
}

describe('restoreVersion', () => {
  it('saves pending edits first, restores on top of them, and reloads the open story', async () => {
    const order: string[] = [];
    openStory(true, order);
    cleanups.push(registerStoryReloader(STORY.id, () => order.push('reload')));
    const changesBefore = useHistoryStore.getState().changes;
    const { client, calls } = recordingClient('unused');
    const result = await restoreVersion(STORY.id, '20250615T100000000Z-before-export', client);
    expect(result.undoRevisionId).toBe('20250615T120000000Z-before-restore');
    expect(calls).toEqual([['restoreRevision', { id: STORY.id, revisionId: '20250615T100000000Z-before-export', baseUpdatedAt: '2025-06-15T11:30:00.000Z' }]]);
    expect(order).toEqual(['flush', 'reload']);
    expect(useHistoryStore.getState().changes).toBe(changesBefore + 1);
  });

  it('restores nothing while the latest edits cannot be saved', async () => {
    const order: string[] = [];
    openStory(false, order);
    const { client, calls } = recordingClient('unused');
    await expect(restoreVersion(STORY.id, '20250615T100000000Z-before-export', client)).rejects.toThrow(/nothing was restored/);
    expect(calls).toEqual([]);
  });

  it('for a story that is not open (an Undo after leaving it), restores on the version in the library', async () => {
    const { client, calls } = recordingClient('2025-06-15T11:45:00.000Z');
    await restoreVersion(STORY.id, '20250615T120000000Z-before-restore', client);
    expect(calls).toEqual([
      ['getStory', { id: STORY.id }],
      ['restoreRevision', { id: STORY.id, revisionId: '20250615T120000000Z-before-restore', baseUpdatedAt: '2025-06-15T11:45:00.000Z' }],
    ]);
  });
});
