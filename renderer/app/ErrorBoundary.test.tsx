import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rememberedOpenStory, rememberOpenStory } from '../stores/rememberOpenStory.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

function Broken(): never {
  throw new Error('the story view fell over');
}

describe('ErrorBoundary', () => {
  it('shows the error instead of a white window, and its Reload goes to the library, not back to the story that fell over', () => {
    // React and the boundary log the crash; keep the test's output for real failures.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    rememberOpenStory('story-that-crashes');
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    act(() =>
      root.render(
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>,
      ),
    );
    expect(host.querySelector('[data-testid="error-boundary"]')?.textContent).toContain('the story view fell over');
    const reload = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Reload');
    if (!reload) throw new Error('no Reload button');
    act(() => reload.click());
    expect(rememberedOpenStory()).toBeNull();
    act(() => root.unmount());
    host.remove();
  });
});
