import { describe, expect, it } from 'vitest';
import type { StorySummary } from '@shared/api/contract.ts';
import { displayRows, type TrashedPlaceholder } from './displayRows.ts';

const story = (id: string): StorySummary => ({
  id,
  slug: id,
  kicker: '',
  headline: id.toUpperCase(),
  bylines: [],
  status: 'draft',
  updatedAt: '2025-01-01T00:00:00Z',
  wordCount: 0,
  heroAssetId: null,
});
const placeholder = (id: string, index: number, restoring = false): TrashedPlaceholder => ({ story: story(id), index, restoring });
const shape = (rows: ReturnType<typeof displayRows>): string[] => rows.map((r) => (r.kind === 'story' ? r.story.id : `[${r.placeholder.story.id}]`));

describe('displayRows', () => {
  it('keeps deleted stories in their places, in order, even after several deletes', () => {
    const listed = [story('a'), story('d')];
    expect(shape(displayRows(listed, { b: placeholder('b', 1), c: placeholder('c', 2) }))).toEqual(['a', '[b]', '[c]', 'd']);
    expect(shape(displayRows([], { a: placeholder('a', 5) }))).toEqual(['[a]']);
  });
  it('shows the real row once the story is back in the listing', () => {
    expect(shape(displayRows([story('a'), story('b')], { b: placeholder('b', 1, true) }))).toEqual(['a', 'b']);
    expect(shape(displayRows([story('a')], {}))).toEqual(['a']);
    // A listing from just before the delete still holds the story: the placeholder stands in its place.
    expect(shape(displayRows([story('a'), story('b')], { a: placeholder('a', 0) }))).toEqual(['[a]', 'b']);
  });
});
