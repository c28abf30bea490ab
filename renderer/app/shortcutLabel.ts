/**
 * How a Ctrl/Cmd shortcut is written in a tooltip: "Ctrl+N", or "Cmd+N" on a Mac,
 * matching what shortcutCommand() accepts on each platform.
 */
export function shortcutLabel(key: string, isMac: boolean): string {
  return `${isMac ? 'Cmd' : 'Ctrl'}+${key.toUpperCase()}`;
}

/** A button's tooltip with its shortcut: "New story (Ctrl+N)". */
export function withShortcut(label: string, key: string, isMac: boolean): string {
  return `${label} (${shortcutLabel(key, isMac)})`;
}
