import { describe, expect, it } from 'vitest';
import type { Rail } from '@shared/story/storySchema.ts';
import { isAcceptableRailUrl, railEdits } from './railEdits.ts';

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

describe('isAcceptableRailUrl', () => {
  it('accepts empty and http(s) links only', () => {
    expect(isAcceptableRailUrl('')).toBe(true);
    expect(isAcceptableRailUrl('https://example.com/a')).toBe(true);
    expect(isAcceptableRailUrl('javascript:alert(1)')).toBe(false);
    expect(isAcceptableRailUrl('htt')).toBe(false);
  });
});
