import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { StorySummary } from '@shared/api/contract.ts';
import { formatAbsoluteTime } from './formatRelativeTime.ts';
import { StoryRow } from './StoryRow.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function renderRow(story: StorySummary): HTMLElement {
  const host = document.createElement('ul');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(<StoryRow story={story} onDelete={() => undefined} />));
  cleanups.push(() => {
    act(() => root.unmount());
    host.remove();
  });
  return host;
}

const story: StorySummary = {
  id: 'story-row-test-1',
  slug: 'quake',
  kicker: 'World',
  headline: 'Quake hits the coast',
  bylines: ['Ana Ruiz'],
  status: 'ready-for-desk',
  updatedAt: new Date(Date.now() - 3 * 3600 * 1000).toISOString(),
  wordCount: 12_345,
  heroAssetId: null,
};

describe('StoryRow', () => {
  it('shows when and how long, and writes the full date into the tooltip when the pointer comes', () => {
    const row = renderRow(story);
    const updated = row.querySelector<HTMLElement>('[data-testid="story-updated"]');
    expect(updated?.textContent).toBe('Updated 3 hours ago');
    expect(row.textContent).toContain('12,345 words');
    expect(row.textContent).toContain('Ready for desk');
    expect(updated?.title).toBe('');
    act(() => {
      updated?.dispatchEvent(new Event('pointerover', { bubbles: true }));
    });
    expect(updated?.title).toBe(formatAbsoluteTime(story.updatedAt));
  });

  it('shows the slug, which tells a duplicate from its original, and nothing for a story without one', () => {
    const original = renderRow(story);
    const copy = renderRow({ ...story, id: 'story-row-test-2', slug: 'quake-copy' });
    const slugOf = (row: HTMLElement) => row.querySelector('[data-testid="story-slug"]')?.textContent;
    expect(slugOf(original)).toBe('quake');
    expect(slugOf(copy)).toBe('quake-copy');
    expect(renderRow({ ...story, slug: '' }).querySelector('[data-testid="story-slug"]')).toBeNull();
  });
});
