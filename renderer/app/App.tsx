import { lazy, Suspense, useEffect } from 'react';
import { LibraryView } from '../features/library/LibraryView.tsx';
import { useAppStore } from '../stores/appStore.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { loadStoryView } from './loadStoryView.ts';
import { StoryViewSlot } from './StoryViewSlot.tsx';
import { ToastArea } from './ToastArea.tsx';
import { TopBar } from './TopBar.tsx';
import { useAppShortcuts } from './useAppShortcuts.ts';
import { useBlockStrayFileDrops } from './useBlockStrayFileDrops.ts';

// The library is the first screen; the story view (the editor and all it needs, most of the
// code, see StoryViewSlot) and the export dialog are chunks of their own, so the library draws
// without them.
const ExportDialog = lazy(() => import('../features/export/ExportDialog.tsx').then((module) => ({ default: module.ExportDialog })));

/** The whole window: top bar, the current view, the export dialog and toasts. */
export function App() {
  const view = useAppStore((s) => s.view);
  const exportOpen = useAppStore((s) => s.exportOpen);
  useAppShortcuts();
  useBlockStrayFileDrops();

  useEffect(() => {
    // After the first screen is drawn, run the editor's chunk (index.html preloads its bytes)
    // while the library listing is fetched (see startFirstRequests): a story is almost always
    // opened next. A failure here is not reported: opening a story loads it again and shows the
    // error there.
    loadStoryView().catch(() => undefined);
  }, []);

  return (
    <div className="app">
      <TopBar />
      <ErrorBoundary>
        {view.name === 'library' ? <LibraryView /> : <StoryViewSlot key={view.id} id={view.id} />}
        {view.name === 'story' && exportOpen && (
          <Suspense fallback={null}>
            <ExportDialog storyId={view.id} />
          </Suspense>
        )}
      </ErrorBoundary>
      <ToastArea />
    </div>
  );
}

