import type { HostBridge, MenuCommand } from '@shared/api/hostBridge.ts';

let unsavedWork = false;

/**
 * Tells the browser host whether there is work not yet on disk. A browser can
 * only warn before a tab closes if it knows this at that very moment
 * (beforeunload cannot wait for a promise), so whoever tracks saving should
 * call this on every change of state. Ignored in the desktop app, where the
 * main process asks the onBeforeClose listeners and waits for them.
 */
export function reportUnsavedWork(hasUnsavedWork: boolean): void {
  unsavedWork = hasUnsavedWork;
}

const browserBridge: HostBridge = {
  // The browser has no native menu; shortcuts are handled in the page itself.
  onMenuCommand(_listener: (command: MenuCommand) => void): () => void {
    return () => undefined;
  },
  onBeforeClose(listener: () => Promise<boolean>): () => void {
    const flush = (): void => {
      listener().catch((error: unknown) => console.error('Newsdesk could not save before the page closed:', error));
    };
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (!unsavedWork) return;
      flush(); // Start saving now: if the user chooses to stay, the work is on disk a moment later.
      event.preventDefault();
      event.returnValue = '';
    };
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden' && unsavedWork) flush();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHidden);
    };
  },
};

/**
 * Host events for the renderer: in the desktop app the preload's native menu
 * and close handshake, in a browser a beforeunload warning (see reportUnsavedWork).
 */
export const hostBridge: HostBridge = {
  onMenuCommand: (listener) => (window.newsdesk ?? browserBridge).onMenuCommand(listener),
  onBeforeClose: (listener) => (window.newsdesk ?? browserBridge).onBeforeClose(listener),
  // Only the desktop can write a PDF itself; the browser's print dialog does it there.
  ...(window.newsdesk?.savePdf ? { savePdf: (name: string) => window.newsdesk?.savePdf?.(name) ?? Promise.resolve(null) } : {}),
};
