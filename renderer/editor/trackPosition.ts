import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';

/** A document position kept up to date while the writer goes on typing (e.g. during a picture import). */
export interface TrackedPosition {
  /** The position now (content deleted around it moves it, never loses it). */
  get(): number;
  stop(): void;
}

/** Follows `pos` through every later transaction, so slow work can land where it was asked for. */
export function trackPosition(editor: Editor, pos: number): TrackedPosition {
  let current = pos;
  const follow = ({ transaction }: { transaction: Transaction }) => {
    current = transaction.mapping.map(current, 1);
  };
  editor.on('transaction', follow);
  return {
    get: () => current,
    stop: () => editor.off('transaction', follow),
  };
}
