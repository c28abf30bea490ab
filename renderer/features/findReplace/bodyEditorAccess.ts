import type { Editor } from '@tiptap/core';
import { getActiveStory } from '../../stores/activeStory.ts';

/** The open story's body editor (through its handle), for tools that work on the whole document; null when there is none. */
export function getBodyEditor(): Editor | null {
  return getActiveStory()?.bodyHandle()?.editor() ?? null;
}
