import type { StoryView } from '../features/story/StoryView.tsx';

/** What the story view's chunk exports. */
export interface StoryViewModule {
  StoryView: typeof StoryView;
}

let loading: Promise<StoryViewModule> | null = null;
let loaded: StoryViewModule | null = null;

/**
 * Loads the story view's chunk (the editor, TipTap, ProseMirror, the paste cleaner, the side
 * panel) once; every later call shares that load. The app calls it as soon as the library is
 * on screen, so a click on a story finds it ready. A failed load is forgotten, so the next call
 * tries again.
 */
export function loadStoryView(): Promise<StoryViewModule> {
  loading ??= import('../features/story/StoryView.tsx').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The story view's chunk if it has loaded, else null (to draw it at once, without waiting a tick). */
export function loadedStoryView(): StoryViewModule | null {
  return loaded;
}
