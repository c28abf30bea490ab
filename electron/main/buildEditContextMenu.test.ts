import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildEditContextMenu, type EditContextParams } from './buildEditContextMenu.ts';

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const base: EditContextParams = { isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: flags };

function run(params: Partial<EditContextParams>) {
  const replaced: string[] = [];
  const added: string[] = [];
  const items = buildEditContextMenu({ ...base, ...params }, { replaceMisspelling: (s) => replaced.push(s), addToDictionary: (w) => added.push(w) });
  const click = (label: string): void => (items.find((i) => i.label === label)?.click as (() => void) | undefined)?.();
  return { items, replaced, added, click, labels: items.map((i: MenuItemConstructorOptions) => i.label ?? i.role ?? i.type) };
}

describe('buildEditContextMenu', () => {
  it('offers suggestions for a misspelled word, then Add to Dictionary, then editing', () => {
    const menu = run({ misspelledWord: 'recieve', dictionarySuggestions: ['receive', 'relieve'] });
    expect(menu.labels).toEqual(['receive', 'relieve', 'separator', 'Add “recieve” to Dictionary', 'separator', 'cut', 'copy', 'paste', 'separator', 'selectAll']);
    menu.click('receive');
    menu.click('Add “recieve” to Dictionary');
    expect(menu.replaced).toEqual(['receive']);
    expect(menu.added).toEqual(['recieve']);
  });

  it('says when there are no suggestions, and shows at most five', () => {
    expect(run({ misspelledWord: 'xqzt' }).items[0]).toEqual({ label: 'No suggestions', enabled: false });
    expect(run({ misspelledWord: 'teh', dictionarySuggestions: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }).labels.slice(0, 6)).toEqual(['a', 'b', 'c', 'd', 'e', 'separator']);
  });

  it('follows what the page allows', () => {
    const menu = run({ editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } });
    expect(menu.items.find((i) => i.role === 'cut')?.enabled).toBe(false);
    expect(menu.items.find((i) => i.role === 'paste')?.enabled).toBe(true);
  });

  it('offers only Copy for selected text outside a field, and nothing otherwise', () => {
    expect(run({ isEditable: false, selectionText: 'Rome' }).labels).toEqual(['copy']);
    expect(run({ isEditable: false }).items).toEqual([]);
    // A spelling mark outside an editable place is not offered.
    expect(run({ isEditable: false, misspelledWord: 'teh', dictionarySuggestions: ['the'] }).items).toEqual([]);
  });
});
