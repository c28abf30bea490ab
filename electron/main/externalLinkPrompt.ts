import type { MessageBoxOptions } from 'electron';

/** The button index of "Open" in externalLinkPrompt; anything else (Cancel, Esc, closing the box) is a no. */
export const OPEN_BUTTON = 0;

/**
 * The native question asked before a link leaves the app. Cancel is the
 * default and the Esc answer, so a stray Enter opens nothing.
 */
export function externalLinkPrompt(url: string): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Open link',
    message: 'Open this link in your browser?',
    detail: url,
    buttons: ['Open', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}
