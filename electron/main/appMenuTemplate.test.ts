import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '@shared/api/hostBridge.ts';
import { appMenuTemplate } from './appMenuTemplate.ts';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(isPackaged: boolean, platform: NodeJS.Platform = 'linux'): { items: MenuItemConstructorOptions[]; sent: MenuCommand[] } {
  const sent: MenuCommand[] = [];
  const template = appMenuTemplate({ send: (c) => sent.push(c), isPackaged, platform, showAbout: () => undefined });
  return { items: flatten(template), sent };
}

function click(item: MenuItemConstructorOptions | undefined): void {
  expect(item?.click).toBeTypeOf('function');
  // The template's handlers ignore their arguments; the menu passes Electron objects we do not have here.
  (item?.click as () => void)();
}

describe('appMenuTemplate', () => {
  it('sends each command with its shortcut', () => {
    const { items, sent } = build(true);
    const byLabel = (label: string): MenuItemConstructorOptions | undefined => items.find((i) => i.label === label);
    expect(byLabel('New Story')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel('Export…')?.accelerator).toBe('CmdOrCtrl+E');
    expect(byLabel('Library')?.accelerator).toBe('CmdOrCtrl+L');
    expect(byLabel('Print…')?.accelerator).toBe('CmdOrCtrl+P');
    expect(byLabel('Replace…')?.accelerator).toBe('Ctrl+H');
    expect(byLabel('Focus Mode')?.accelerator).toBe('CmdOrCtrl+Shift+F');
    for (const label of ['New Story', 'Import Story…', 'Export…', 'Print…', 'Save as PDF…', 'Picture…', 'Advertisement slot', 'Newsletter box', 'Library', 'Focus Mode', 'Find…', 'Replace…']) {
      click(byLabel(label));
    }
    expect(sent).toEqual(['new-story', 'import-story', 'export-story', 'print', 'save-pdf', 'insert-picture', 'insert-ad-slot', 'insert-newsletter', 'show-library', 'focus-mode', 'find', 'replace']);
    expect(build(true, 'darwin').items.find((i) => i.label === 'Replace…')?.accelerator).toBe('Cmd+Alt+F');
  });

  it('keeps the editing roles', () => {
    const roles = build(true).items.map((i) => i.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'close', 'zoomIn', 'zoomOut', 'resetZoom']) {
      expect(roles).toContain(role);
    }
  });

  it('offers reload and developer tools only when not packaged', () => {
    expect(build(true).items.map((i) => i.role)).not.toContain('toggleDevTools');
    expect(build(true).items.map((i) => i.role)).not.toContain('reload');
    expect(build(false).items.map((i) => i.role)).toContain('toggleDevTools');
    expect(build(false).items.map((i) => i.role)).toContain('reload');
  });

  it('adds the application menu on macOS only', () => {
    expect(build(true, 'darwin').items.map((i) => i.role)).toContain('hideOthers');
    expect(build(true, 'win32').items.map((i) => i.role)).not.toContain('hideOthers');
  });
});
