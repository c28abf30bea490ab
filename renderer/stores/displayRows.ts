import type { StorySummary } from '@shared/api/contract.ts';

/** A story just moved to the trash, kept in its place in the list until its Undo toast goes. */
export interface TrashedPlaceholder {
  story: StorySummary;
  /** Its position in the displayed list when it was deleted. */
  index: number;
  /** An Undo is running; keep the placeholder until the story is back. */
  restoring: boolean;
}

export type DisplayRow = { kind: 'story'; story: StorySummary } | { kind: 'trashed'; placeholder: TrashedPlaceholder };

/**
 * The library rows as shown: the listed stories, with each placeholder put back at the
 * position its story had, so nothing shifts under the pointer right after a delete.
 */
export function displayRows(stories: readonly StorySummary[], placeholders: Readonly<Record<string, TrashedPlaceholder>>): DisplayRow[] {
  const rows = stories.map((story): DisplayRow => {
    // A listing fetched before the delete finished may still hold the story: show the placeholder there.
    const placeholder = placeholders[story.id];
    return placeholder && !placeholder.restoring ? { kind: 'trashed', placeholder } : { kind: 'story', story };
  });
  const pending = Object.values(placeholders)
    .filter((p) => !stories.some((s) => s.id === p.story.id))
    .sort((a, b) => a.index - b.index);
  for (const placeholder of pending) rows.splice(Math.min(placeholder.index, rows.length), 0, { kind: 'trashed', placeholder });
  return rows;
}
