import { act, Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStoryStore } from '../stores/storyStore.ts';
import { formatSaveTime } from './saveStatusText.ts';
import { SaveStatus } from './SaveStatus.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const savedAt = '2025-06-10T14:05:00.000Z';

function renderStatus(): { box: () => HTMLElement; commits: () => number } {
  useStoryStore.setState({ save: { saving: false, dirty: false, lastSavedAt: savedAt, failure: null } });
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  let commits = 0;
  act(() =>
    root.render(
      <Profiler id="status" onRender={() => commits++}>
        <SaveStatus />
      </Profiler>,
    ),
  );
  cleanups.push(() => {
    act(() => root.unmount());
    host.remove();
  });
  return { box: () => host.querySelector<HTMLElement>('[data-testid="save-status"]') as HTMLElement, commits: () => commits };
}

const setSave = (patch: Partial<ReturnType<typeof useStoryStore.getState>['save']>): void =>
  act(() => useStoryStore.setState((s) => ({ save: { ...s.save, ...patch } })));

describe('SaveStatus', () => {
  it('says Saved, then adds the time once the first frame is painted', async () => {
    const { box } = renderStatus();
    expect(box().dataset.state).toBe('saved');
    expect(box().textContent).toBe('Saved');
    await vi.waitFor(() => expect(box().textContent).toBe(`Saved ${formatSaveTime(savedAt)}`));
    const status = box().querySelector('[role="status"]') as HTMLElement;
    expect(status.title).toBe(`Last saved ${new Date(savedAt).toLocaleString()}`);
    // A failure's reason is the tooltip; once saved again, the time is.
    setSave({ dirty: true, failure: { code: 'disk-full', message: 'the disk is full' } });
    expect(status.title).toBe('the disk is full');
    const later = '2025-06-10T14:07:00.000Z';
    setSave({ dirty: false, failure: null, lastSavedAt: later });
    expect(status.title).toBe(`Last saved ${new Date(later).toLocaleString()}`);
    expect(box().textContent).toBe(`Saved ${formatSaveTime(later)}`);
  });

  it('follows the save state without a React render, and never says Saved while changes are pending', () => {
    const { box, commits } = renderStatus();
    const before = commits();
    setSave({ dirty: true });
    expect(box().dataset.state).toBe('unsaved');
    expect(box().textContent).toBe('Unsaved changes');
    expect(box().className).toContain('save-status--unsaved');
    setSave({ saving: true });
    expect(box().textContent).toBe('Saving…');
    setSave({ saving: false, dirty: false });
    expect(box().dataset.state).toBe('saved');
    expect(commits()).toBe(before);
  });

  it('shows a failure in words with Retry, and no Retry for a conflict', () => {
    const { box } = renderStatus();
    setSave({ dirty: true, failure: { code: 'disk-full', message: 'the disk is full' } });
    expect(box().dataset.state).toBe('failed');
    expect(box().textContent).toContain('Not saved: the disk is full');
    expect(box().querySelector('button')?.textContent).toBe('Retry');
    setSave({ failure: { code: 'conflict', message: 'changed elsewhere' } });
    expect(box().textContent).toContain('another window changed this story');
    expect(box().querySelector('button')).toBeNull();
  });
});
