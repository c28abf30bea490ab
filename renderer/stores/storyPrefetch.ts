import type { Story } from '@shared/story/storySchema.ts';
import { api } from '../api/client.ts';

/** A prefetched story older than this is not used: it may have changed since (ms). */
const FRESH_MS = 5_000;

/** The one story read ahead (a newer prefetch replaces it, so nothing piles up). */
let ahead: { id: string; at: number; story: Promise<Story> } | null = null;

/**
 * Starts reading a story that is about to be opened (on the click that opens it), so the read
 * runs while the current story is saved and the screen changes, instead of after. Each call
 * starts a new read.
 */
export function prefetchStory(id: string): void {
  const story = api.getStory({ id });
  // Whoever takes it sees the failure; until then it is not an unhandled rejection.
  story.catch(() => undefined);
  ahead = { id, at: Date.now(), story };
}

/**
 * The story read by prefetchStory when it is this one and a few seconds old at most (a view
 * mounted twice in a row, as React's development mode does, gets the same read); otherwise a
 * fresh read. Every opening goes through prefetchStory first, so a later opening never gets an
 * older read.
 */
export function takeStory(id: string): Promise<Story> {
  if (ahead && ahead.id === id && Date.now() - ahead.at <= FRESH_MS) return ahead.story;
  return api.getStory({ id });
}
