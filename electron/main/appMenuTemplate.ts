import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/api/hostBridge.ts';

export interface AppMenuOptions {
  /** Delivers a menu command to the renderer of the focused window. */
  send: (command: MenuCommand) => void;
  /** Reload and developer tools are offered only in development. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** Shows the About box. */
  showAbout: () => void;
}

/**
 * The native menu as a plain template (no `electron` runtime import), so it
 * can be checked in unit tests. Commands go to the renderer as MenuCommands;
 * editing, zoom and window handling use Electron's built-in roles.
 */
export function appMenuTemplate({ send, isPackaged, platform, showAbout }: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions =>
    accelerator ? { label, accelerator, click: () => send(cmd) } : { label, click: () => send(cmd) };

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: 'Newsdesk',
      submenu: [
        { label: 'About Newsdesk', click: showAbout },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        command('New Story', 'new-story', 'CmdOrCtrl+N'),
        command('Import Story…', 'import-story'),
        command('Export…', 'export-story', 'CmdOrCtrl+E'),
        { type: 'separator' },
        command('Print…', 'print', 'CmdOrCtrl+P'),
        command('Save as PDF…', 'save-pdf', 'CmdOrCtrl+Shift+P'),
        { type: 'separator' },
        { role: 'close' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('Find…', 'find', 'CmdOrCtrl+F'),
        // Cmd+H hides the app on a Mac, so replace has the Mac's usual Cmd+Alt+F there.
        command('Replace…', 'replace', isMac ? 'Cmd+Alt+F' : 'Ctrl+H'),
      ],
    },
    {
      label: '&Insert',
      submenu: [
        command('Picture…', 'insert-picture'),
        command('Advertisement slot', 'insert-ad-slot'),
        command('Newsletter box', 'insert-newsletter'),
      ],
    },
    {
      label: '&View',
      submenu: [
        command('Library', 'show-library', 'CmdOrCtrl+L'),
        command('Focus Mode', 'focus-mode', 'CmdOrCtrl+Shift+F'),
        { type: 'separator' },
        ...(isPackaged ? [] : ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      role: 'help',
      submenu: [{ label: 'About Newsdesk', click: showAbout }],
    },
  );
  return template;
}
