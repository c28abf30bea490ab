import type { MenuCommand } from '@shared/api/hostBridge.ts';
import { getActiveStory } from '../stores/activeStory.ts';
import { goToLibrary, newStory, useAppStore } from '../stores/appStore.ts';
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
      if (app.view.name === 'story') {
        showToast({ message: 'Search works across the library: press Ctrl+L (Cmd+L on a Mac) and type in the search field.' });
        return;
      }
      app.setFindPending(true);
      return;
  }
}
