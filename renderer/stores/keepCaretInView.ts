import { getActiveStory } from './activeStory.ts';

/**
 * Scrolls the open story's caret back into view when something above the text has just appeared or
 * gone (the conflict banner, focus mode's furniture) and pushed the text, and the writer is typing
 * in the body. Nothing happens when the body does not have the focus.
 */
export function keepCaretInView(): void {
  const editor = getActiveStory()?.bodyHandle()?.editor();
  if (editor?.isFocused) editor.commands.scrollIntoView();
}
