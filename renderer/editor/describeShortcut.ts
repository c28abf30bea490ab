/** A keyboard shortcut written for people (title text) and for assistive technology (aria-keyshortcuts). */
export interface ShortcutDescription {
  /** "Ctrl+Shift+8" or "⇧⌘8". */
  label: string;
  /** "Control+Shift+8" or "Meta+Shift+8". */
  aria: string;
}

/**
 * Describes a TipTap key string such as "Mod-Shift-8" for the current platform.
 * `Mod` is Cmd on macOS and Ctrl elsewhere, as in TipTap's own keymaps.
 */
export function describeShortcut(keys: string, mac: boolean = isMacLike()): ShortcutDescription {
  const parts = keys.split('-');
  const key = parts.pop() ?? '';
  const mods = new Set(parts);
  if (mac) {
    const symbols = `${mods.has('Alt') ? '⌥' : ''}${mods.has('Shift') ? '⇧' : ''}${mods.has('Mod') ? '⌘' : ''}`;
    return { label: `${symbols}${key}`, aria: [...ariaMods(mods, 'Meta'), key].join('+') };
  }
  const words = [mods.has('Mod') ? 'Ctrl' : null, mods.has('Alt') ? 'Alt' : null, mods.has('Shift') ? 'Shift' : null];
  return { label: [...words.filter((w) => w !== null), key].join('+'), aria: [...ariaMods(mods, 'Control'), key].join('+') };
}

function ariaMods(mods: Set<string>, mod: string): string[] {
  return [mods.has('Mod') ? mod : null, mods.has('Alt') ? 'Alt' : null, mods.has('Shift') ? 'Shift' : null].filter((m) => m !== null);
}

function isMacLike(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
