import { newId } from '@shared/story/createStory.ts';
import type { Rail, RailItem } from '@shared/story/storySchema.ts';

/** Pure edits on the rails array; each returns a new array and leaves the input untouched. */
export const railEdits = {
  renameRail(rails: Rail[], railId: string, name: string): Rail[] {
    return rails.map((r) => (r.id === railId ? { ...r, name } : r));
  },
  /** Appends an item (a blank one unless given, e.g. so the caller knows its id to focus it). */
  addItem(rails: Rail[], railId: string, item: RailItem = newRailItem()): Rail[] {
    return rails.map((r) => (r.id === railId ? { ...r, items: [...r.items, item] } : r));
  },
  /** Puts an item back at a position (clamped to the rail), e.g. to undo its removal. Does nothing when the rail is gone. */
  insertItem(rails: Rail[], railId: string, item: RailItem, index: number): Rail[] {
    return rails.map((r) => {
      if (r.id !== railId || r.items.some((i) => i.id === item.id)) return r;
      const items = [...r.items];
      items.splice(Math.max(0, Math.min(index, items.length)), 0, item);
      return { ...r, items };
    });
  },
  updateItem(rails: Rail[], railId: string, itemId: string, patch: Partial<RailItem>): Rail[] {
    return rails.map((r) => (r.id === railId ? { ...r, items: r.items.map((i) => (i.id === itemId ? { ...i, ...patch } : i)) } : r));
  },
  removeItem(rails: Rail[], railId: string, itemId: string): Rail[] {
    return rails.map((r) => (r.id === railId ? { ...r, items: r.items.filter((i) => i.id !== itemId) } : r));
  },
  /** Moves an item one place up (-1) or down (+1); a move past either end does nothing. */
  moveItem(rails: Rail[], railId: string, itemId: string, delta: -1 | 1): Rail[] {
    return rails.map((r) => {
      if (r.id !== railId) return r;
      const from = r.items.findIndex((i) => i.id === itemId);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= r.items.length) return r;
      const items = [...r.items];
      const [moved] = items.splice(from, 1);
      if (moved) items.splice(to, 0, moved);
      return { ...r, items };
    });
  },
  addRail(rails: Rail[], name: string): Rail[] {
    return [...rails, { id: newId(), name, items: [] }];
  },
  removeRail(rails: Rail[], railId: string): Rail[] {
    return rails.filter((r) => r.id !== railId);
  },
  /** Puts a rail back at a position (clamped), e.g. to undo its removal; a rail already there is not doubled. */
  insertRail(rails: Rail[], rail: Rail, index: number): Rail[] {
    if (rails.some((r) => r.id === rail.id)) return rails;
    const next = [...rails];
    next.splice(Math.max(0, Math.min(index, next.length)), 0, rail);
    return next;
  },
};

/** A blank teaser with a fresh id. */
export function newRailItem(): RailItem {
  return { id: newId(), title: '', teaser: '', url: '', picture: null };
}
