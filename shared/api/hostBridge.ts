/** Commands that a native menu (Electron) or an in-app shortcut (browser) sends to the renderer. */
export const MENU_COMMANDS = [
  'new-story',
  'show-library',
  'import-story',
  'export-story',
  'insert-picture',
  'insert-ad-slot',
  'insert-newsletter',
  'find',
  'replace',
  'focus-mode',
  'print',
  'save-pdf',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/**
 * Host events beside the request/response API. In Electron the preload
 * exposes these; in the browser they are emulated (beforeunload, keyboard).
 */
export interface HostBridge {
  /** Subscribe to menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Before the window closes, the host asks the renderer to flush unsaved work.
   * The listener resolves true when everything is saved, false to keep the window open.
   */
  onBeforeClose(listener: () => Promise<boolean>): () => void;
  /**
   * Desktop only: saves the window's print layout as a PDF, asking where with a save dialog
   * (`suggestedName` is a file name without folder). Resolves with the file written, or null
   * when the user cancelled. Absent in the browser, where the print dialog saves PDFs.
   */
  savePdf?: (suggestedName: string) => Promise<string | null>;
}
