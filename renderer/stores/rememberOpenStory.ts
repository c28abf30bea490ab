import { STORY_ID } from '@shared/story/storyId.ts';

const KEY = 'newsdesk.openStory';

/** The window's session storage, or null where the page may not use it. */
function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/**
 * The story this window had open before it was reloaded (by the user, or after its renderer
 * crashed), so it opens again instead of the library. Kept per window, for its session only.
 */
export function rememberedOpenStory(): string | null {
  try {
    const id = sessionStore()?.getItem(KEY) ?? null;
    return id !== null && STORY_ID.test(id) ? id : null;
  } catch {
    return null;
  }
}

/** Notes which story the window shows (null: none), for rememberedOpenStory after a reload. */
export function rememberOpenStory(id: string | null): void {
  try {
    const store = sessionStore();
    if (id === null) store?.removeItem(KEY);
    else store?.setItem(KEY, id);
  } catch {
    // Storage refused (full, or switched off): a reload then shows the library, as it did before.
  }
}
