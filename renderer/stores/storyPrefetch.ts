import type { Story } from '@shared/story/storySchema.ts';
import { api } from '../api/client.ts';

/** A prefetched story older than this is not used: it may have changed since (ms). */
const FRESH_MS = 5_000;

const started = new Map<string, { at: number; story: Promise<Story> }>();

/**
 * Starts reading a story that is about to be opened (on the click that opens it), so the read
 * runs while the current story is saved and the screen changes, instead of after. Each call
 * starts a new read.
 */
export function prefetchStory(id: string): void {
  const story = api.getStory({ id });
  // Whoever takes it sees the failure; until then it is not an unhandled rejection.
  story.catch(() => undefined);
  started.set(id, { at: Date.now(), story });
}

/** The story read by prefetchStory when it is recent, taken once; otherwise a fresh read. */
export function takeStory(id: string): Promise<Story> {
  const prefetched = started.get(id);
  started.delete(id);
  if (prefetched && Date.now() - prefetched.at <= FRESH_MS) return prefetched.story;
  return api.getStory({ id });
}
