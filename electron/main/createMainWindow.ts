import { BrowserWindow, screen, type Rectangle } from 'electron';
import Store from 'electron-store';
import { APP_START_URL } from './appOrigin.ts';
import { confirmCloseWithRenderer } from './confirmCloseWithRenderer.ts';
import { hardenWebContents } from './hardenWebContents.ts';
import { DEFAULT_WINDOW_SIZE, visibleBounds } from './windowBounds.ts';

export interface MainWindowOptions {
  /** `dist/electron/preload.cjs`. */
  preloadPath: string;
  /** Where the window's size and place are remembered (the Newsdesk data folder). */
  stateDir: string;
}

interface WindowState {
  bounds?: Rectangle;
  maximized?: boolean;
}

/**
 * Opens the editor window: sandboxed, context-isolated renderer without Node,
 * loading the app from app://newsdesk, in the size and place it had last time.
 */
export function createMainWindow({ preloadPath, stateDir }: MainWindowOptions): BrowserWindow {
  const state = new Store<WindowState>({ name: 'window-state', cwd: stateDir });
  const bounds = visibleBounds(
    state.get('bounds'),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(bounds ?? DEFAULT_WINDOW_SIZE),
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Newsdesk',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  });
  if (state.get('maximized') === true) win.maximize();
  win.once('ready-to-show', () => win.show());

  hardenWebContents(win.webContents);
  confirmCloseWithRenderer(win, () => {
    state.set({ bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  });

  win.loadURL(APP_START_URL).catch((error: unknown) => console.error('Newsdesk could not load its window:', error));
  return win;
}
