import { describe, expect, it } from 'vitest';
import { shortcutCommand } from './shortcutCommand.ts';
import { withShortcut } from './shortcutLabel.ts';

describe('withShortcut', () => {
  it('names Ctrl elsewhere and Cmd on a Mac', () => {
    expect(withShortcut('New story', 'n', false)).toBe('New story (Ctrl+N)');
    expect(withShortcut('Export…', 'e', true)).toBe('Export… (Cmd+E)');
  });
  it('names only shortcuts that shortcutCommand really runs', () => {
    expect(shortcutCommand({ key: 'e', ctrlKey: false, metaKey: true, altKey: false, shiftKey: false }, true)).toBe('export-story');
    expect(shortcutCommand({ key: 'l', ctrlKey: true, metaKey: false, altKey: false, shiftKey: false }, false)).toBe('show-library');
  });
});
