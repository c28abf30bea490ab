import type { BodyEditorHandle } from '../editor/bodyEditorTypes.ts';

/** What the rest of the app may ask of the story that is open right now. */
export interface ActiveStory {
  id: string;
  /** Saves pending work now; resolves true only when everything is saved. */
  flush: () => Promise<boolean>;
  /** Clears a failed or blocked save and tries again now. */
  retry: () => Promise<boolean>;
  bodyHandle: () => BodyEditorHandle | null;
}

let active: ActiveStory | null = null;

/** Registers the open story; returns the function that unregisters it. */
export function setActiveStory(story: ActiveStory): () => void {
  active = story;
  return () => {
    if (active === story) active = null;
  };
}

export function getActiveStory(): ActiveStory | null {
  return active;
}

/** Saves the open story, if any. True when there is nothing left unsaved. */
export function flushActiveStory(): Promise<boolean> {
  return active ? active.flush() : Promise.resolve(true);
}
