import { describe, expect, it } from 'vitest';
import { shortcutCommand } from './shortcutCommand.ts';

const keys = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcutCommand', () => {
  it('maps Ctrl+N/E/L on Windows and Linux', () => {
    expect(shortcutCommand(keys('n', { ctrlKey: true }), false)).toBe('new-story');
    expect(shortcutCommand(keys('E', { ctrlKey: true }), false)).toBe('export-story');
    expect(shortcutCommand(keys('l', { ctrlKey: true }), false)).toBe('show-library');
  });
  it('uses Cmd on a Mac and ignores Ctrl there', () => {
    expect(shortcutCommand(keys('n', { metaKey: true }), true)).toBe('new-story');
    expect(shortcutCommand(keys('e', { ctrlKey: true }), true)).toBeNull();
  });
  it('ignores plain keys and other modifier combinations', () => {
    expect(shortcutCommand(keys('n'), false)).toBeNull();
    expect(shortcutCommand(keys('n', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(shortcutCommand(keys('b', { ctrlKey: true }), false)).toBeNull();
  });
  it('maps the writing tools: find, replace, focus mode, print, PDF', () => {
    expect(shortcutCommand(keys('f', { ctrlKey: true }), false)).toBe('find');
    expect(shortcutCommand(keys('h', { ctrlKey: true }), false)).toBe('replace');
    expect(shortcutCommand(keys('h', { metaKey: true }), true)).toBeNull();
    expect(shortcutCommand(keys('f', { metaKey: true, altKey: true }), true)).toBe('replace');
    expect(shortcutCommand(keys('F', { ctrlKey: true, shiftKey: true }), false)).toBe('focus-mode');
    expect(shortcutCommand(keys('p', { ctrlKey: true }), false)).toBe('print');
    expect(shortcutCommand(keys('P', { ctrlKey: true, shiftKey: true }), false)).toBe('save-pdf');
    expect(shortcutCommand(keys('f', { ctrlKey: true, altKey: true }), false)).toBeNull();
  });
});
