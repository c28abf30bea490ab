import { useEffect } from 'react';
import { api } from '../api/client.ts';
import { ExportDialog } from '../features/export/ExportDialog.tsx';
import { LibraryView } from '../features/library/LibraryView.tsx';
import { StoryView } from '../features/story/StoryView.tsx';
import { useAppStore } from '../stores/appStore.ts';
import { describeError } from '../stores/describeError.ts';
import { showToast } from '../stores/toastStore.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { ToastArea } from './ToastArea.tsx';
import { TopBar } from './TopBar.tsx';
import { useAppShortcuts } from './useAppShortcuts.ts';
import { useBlockStrayFileDrops } from './useBlockStrayFileDrops.ts';

/** The whole window: top bar, the current view, the export dialog and toasts. */
export function App() {
  const view = useAppStore((s) => s.view);
  const exportOpen = useAppStore((s) => s.exportOpen);
  useAppShortcuts();
  useBlockStrayFileDrops();

  useEffect(() => {
    api.getHostInfo({}).then(
      (info) => useAppStore.getState().setHostInfo(info),
      (error: unknown) => showToast({ kind: 'error', message: `Could not reach the Newsdesk core: ${describeError(error)}` }),
    );
  }, []);

  return (
    <div className="app">
      <TopBar />
      <ErrorBoundary>
        {view.name === 'library' ? <LibraryView /> : <StoryView key={view.id} id={view.id} />}
        {view.name === 'story' && exportOpen && <ExportDialog storyId={view.id} />}
      </ErrorBoundary>
      <ToastArea />
    </div>
  );
}
