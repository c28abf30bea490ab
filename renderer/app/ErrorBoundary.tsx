import { Component, type ErrorInfo, type ReactNode } from 'react';
import { rememberOpenStory } from '../stores/rememberOpenStory.ts';

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Forgets the open story before reloading: a story that crashes the view as it opens would otherwise
 * open again on every reload, with no way back to the library.
 */
function reloadAtLibrary(): void {
  rememberOpenStory(null);
  window.location.reload();
}

/** Shows a readable error and a Reload button instead of a white window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Keep the full trace in the console for a bug report; the screen shows the short version.
    console.error('Newsdesk crashed while drawing the window:', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="crash" role="alert" data-testid="error-boundary">
        <div className="crash__card">
          <h1>Something went wrong</h1>
          <p>
            Newsdesk hit an unexpected problem and stopped drawing this window. Your stories on disk are untouched; anything saved is safe.
            Reloading opens the library.
          </p>
          <pre className="crash__message">{error.message || error.name}</pre>
          <button type="button" className="button button--primary" onClick={reloadAtLibrary}>
            Reload
          </button>
        </div>
      </div>
    );
  }
}
