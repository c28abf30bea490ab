import type { MenuCommand } from '@shared/api/hostBridge.ts';
import { getActiveStory } from '../stores/activeStory.ts';
import { goToLibrary, newStory, useAppStore } from '../stores/appStore.ts';
import { hostBridge } from '../api/client.ts';
import { toggleFocusMode } from '../features/writing/focusModeStore.ts';
import { describeError } from '../stores/describeError.ts';
import { useStoryStore } from '../stores/storyStore.ts';
import { showToast } from '../stores/toastStore.ts';

const INSERT_KIND = { 'insert-picture': 'picture', 'insert-ad-slot': 'ad-slot', 'insert-newsletter': 'newsletter' } as const;

// The same command can arrive twice for one key press (native menu and in-page shortcut); act once.
const REPEAT_WINDOW_MS = 300;
let lastCommand: { command: MenuCommand; at: number } | null = null;

/** Carries out a command from the native menu or an in-app shortcut. */
export async function runMenuCommand(command: MenuCommand): Promise<void> {
  const now = Date.now();
  if (lastCommand && lastCommand.command === command && now - lastCommand.at < REPEAT_WINDOW_MS) return;
  lastCommand = { command, at: now };
  const app = useAppStore.getState();

  switch (command) {
    case 'new-story':
      return newStory();
    case 'show-library':
      return goToLibrary();
    case 'import-story':
      app.setImportPending(true);
      return goToLibrary();
    case 'export-story':
      if (app.view.name === 'story') app.setExportOpen(true);
      else showToast({ message: 'Open a story to export it.' });
      return;
    case 'insert-picture':
    case 'insert-ad-slot':
    case 'insert-newsletter': {
      const handle = app.view.name === 'story' ? getActiveStory()?.bodyHandle() : null;
      if (handle) handle.insert(INSERT_KIND[command]);
      else showToast({ message: 'Open a story to insert into its body.' });
      return;
    }
    case 'find':
    case 'replace':
      if (app.view.name === 'story') {
        // Loaded with the story view's code, never at start-up.
        const { openFind } = await import('../features/findReplace/findStore.ts');
        openFind(command === 'replace');
        return;
      }
      if (command === 'replace') {
        showToast({ message: 'Open a story to find and replace in it.' });
        return;
      }
      app.setFindPending(true);
      return;
    case 'focus-mode':
      if (app.view.name === 'story') toggleFocusMode();
      else showToast({ message: 'Open a story to write in focus mode.' });
      return;
    case 'print':
    case 'save-pdf': {
      if (app.view.name !== 'story') {
        showToast({ message: 'Open a story to print it.' });
        return;
      }
      const savePdf = hostBridge.savePdf;
      if (command === 'print' || !savePdf) {
        const { printStory } = await import('../features/print/printStory.ts');
        await printStory();
        return;
      }
      return saveStoryPdf(savePdf);
    }
  }
}

/** Desktop "Save as PDF…": the print layout goes into the page, then the main process asks where and writes the PDF. */
async function saveStoryPdf(savePdf: (name: string) => Promise<string | null>): Promise<void> {
  const { preparePrintArticle } = await import('../features/print/printStory.ts');
  if (!(await preparePrintArticle())) return;
  const fields = useStoryStore.getState().fields;
  try {
    const file = await savePdf(fields?.slug || fields?.headline || 'story');
    if (file) showToast({ message: `Saved as PDF: ${file}` });
  } catch (error) {
    showToast({ kind: 'error', message: `The PDF was not saved: ${describeError(error)}` });
  }
}
