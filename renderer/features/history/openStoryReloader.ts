/** The open story's way to load itself again from the library (after a restore replaced it). */
let current: { storyId: string; reload: () => void } | null = null;

/** Called by the story view; returns the function that unregisters it. */
export function registerStoryReloader(storyId: string, reload: () => void): () => void {
  const entry = { storyId, reload };
  current = entry;
  return () => {
    if (current === entry) current = null;
  };
}

/** Reloads the story into the editor if it is the one open; false when it is not open. */
export function reloadOpenStory(storyId: string): boolean {
  if (current?.storyId !== storyId) return false;
  current.reload();
  return true;
}
