import type { MenuCommand } from '@shared/api/hostBridge.ts';

/** The keys of a keydown that matter for shortcuts (a KeyboardEvent fits). */
export interface ShortcutKeys {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * The menu command an in-app shortcut stands for, mirroring the native menu:
 * Ctrl/Cmd+N new story, Ctrl/Cmd+E export, Ctrl/Cmd+L library, Ctrl/Cmd+O import,
 * Ctrl/Cmd+F find, Ctrl+H (Cmd+Alt+F on a Mac) replace, Ctrl/Cmd+Shift+F focus mode,
 * Ctrl/Cmd+P print, Ctrl/Cmd+Shift+P save as PDF.
 * On a Mac only Cmd counts, elsewhere only Ctrl, so Ctrl+E in a Mac text field keeps its meaning.
 */
export function shortcutCommand(keys: ShortcutKeys, isMac: boolean): MenuCommand | null {
  const mod = isMac ? keys.metaKey && !keys.ctrlKey : keys.ctrlKey && !keys.metaKey;
  if (!mod) return null;
  const key = keys.key.toLowerCase();
  if (keys.altKey) return isMac && !keys.shiftKey && key === 'f' ? 'replace' : null;
  if (keys.shiftKey) {
    if (key === 'f') return 'focus-mode';
    if (key === 'p') return 'save-pdf';
    return null;
  }
  switch (key) {
    case 'n':
      return 'new-story';
    case 'e':
      return 'export-story';
    case 'l':
      return 'show-library';
    case 'o':
      return 'import-story';
    case 'f':
      return 'find';
    case 'h':
      return isMac ? null : 'replace';
    case 'p':
      return 'print';
    default:
      return null;
  }
}
