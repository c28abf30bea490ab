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
 * Ctrl/Cmd+N new story, Ctrl/Cmd+E export, Ctrl/Cmd+L library, Ctrl/Cmd+O import.
 * On a Mac only Cmd counts, elsewhere only Ctrl, so Ctrl+E in a Mac text field keeps its meaning.
 */
export function shortcutCommand(keys: ShortcutKeys, isMac: boolean): MenuCommand | null {
  const mod = isMac ? keys.metaKey && !keys.ctrlKey : keys.ctrlKey && !keys.metaKey;
  if (!mod || keys.altKey || keys.shiftKey) return null;
  switch (keys.key.toLowerCase()) {
    case 'n':
      return 'new-story';
    case 'e':
      return 'export-story';
    case 'l':
      return 'show-library';
    case 'o':
      return 'import-story';
    default:
      return null;
  }
}
