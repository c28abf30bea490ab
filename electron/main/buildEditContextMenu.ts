import type { MenuItemConstructorOptions } from 'electron';

/** What the context menu needs of Electron's `context-menu` params (a ContextMenuParams fits). */
export interface EditContextParams {
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export interface EditContextActions {
  /** Replaces the misspelled word under the pointer (webContents.replaceMisspelling). */
  replaceMisspelling: (suggestion: string) => void;
  /** Adds the word to the user's dictionary (session.addWordToSpellCheckerDictionary). */
  addToDictionary: (word: string) => void;
}

const MAX_SUGGESTIONS = 5;

/**
 * The right-click menu as a plain template (no `electron` runtime import, so it is tested):
 * on a misspelled word its suggestions first (or "No suggestions"), then "Add to dictionary";
 * then cut, copy and paste as the page allows. Empty when there is nothing to offer (then no menu opens).
 */
export function buildEditContextMenu(params: EditContextParams, actions: EditContextActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord.trim();
  if (params.isEditable && word !== '') {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: 'No suggestions', enabled: false });
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    items.push({ type: 'separator' }, { label: `Add “${word}” to Dictionary`, click: () => actions.addToDictionary(word) }, { type: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', enabled: params.editFlags.canCut },
      { role: 'copy', enabled: params.editFlags.canCopy },
      { role: 'paste', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: params.editFlags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', enabled: params.editFlags.canCopy });
  }
  return items;
}
