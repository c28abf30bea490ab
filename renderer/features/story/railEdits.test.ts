import { describe, expect, it } from 'vitest';
import type { Rail } from '@shared/story/storySchema.ts';
import { railEdits } from './railEdits.ts';

const rail = (): Rail[] => [
  {
    id: 'r1',
    name: 'Latest',
    items: ['a', 'b', 'c'].map((id) => ({ id, title: id.toUpperCase(), teaser: '', url: '', picture: null })),
  },
];

describe('railEdits', () => {
  it('moves an item up and down, and not past either end', () => {
    expect(railEdits.moveItem(rail(), 'r1', 'c', -1)[0].items.map((i) => i.id)).toEqual(['a', 'c', 'b']);
    expect(railEdits.moveItem(rail(), 'r1', 'a', 1)[0].items.map((i) => i.id)).toEqual(['b', 'a', 'c']);
    expect(railEdits.moveItem(rail(), 'r1', 'a', -1)[0].items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(railEdits.moveItem(rail(), 'r1', 'c', 1)[0].items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });
  it('adds, updates and removes items without touching the input', () => {
    const before = rail();
    const added = railEdits.addItem(before, 'r1');
    expect(added[0].items).toHaveLength(4);
    expect(before[0].items).toHaveLength(3);
    const updated = railEdits.updateItem(added, 'r1', 'b', { title: 'New' });
    expect(updated[0].items[1].title).toBe('New');
    expect(railEdits.removeItem(updated, 'r1', 'b')[0].items.map((i) => i.id)).not.toContain('b');
  });
});

describe('railEdits: undoing a removal', () => {
  it('puts a removed item and a removed rail back where they were, once', () => {
    const start = rail();
    const removed = start[0].items[1];
    const without = railEdits.removeItem(start, 'r1', 'b');
    const back = railEdits.insertItem(without, 'r1', removed, 1);
    expect(back[0].items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(railEdits.insertItem(back, 'r1', removed, 0)[0].items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(railEdits.insertItem(without, 'r1', removed, 99)[0].items.map((i) => i.id)).toEqual(['a', 'c', 'b']);
    expect(railEdits.insertItem(without, 'gone', removed, 1)).toEqual(without);

    const two = railEdits.addRail(start, 'Don’t miss');
    const first = two[0];
    const restored = railEdits.insertRail(railEdits.removeRail(two, 'r1'), first, 0);
    expect(restored.map((r) => r.id)).toEqual(two.map((r) => r.id));
    expect(railEdits.insertRail(restored, first, 1)).toBe(restored);
  });
  it('adds the item it is given, so the caller knows its id', () => {
    const item = { id: 'new-one', title: '', teaser: '', url: '', picture: null };
    expect(railEdits.addItem(rail(), 'r1', item)[0].items.at(-1)).toBe(item);
  });
});
