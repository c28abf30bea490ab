import { BrowserWindow, screen, type Rectangle } from 'electron';
import Store from 'electron-store';
import { APP_START_URL } from './appOrigin.ts';
import { confirmCloseWithRenderer } from './confirmCloseWithRenderer.ts';
import { mainWindowWebPreferences } from './mainWindowWebPreferences.ts';
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
 * Opens the editor window: sandboxed, context-isolated renderer without Node
 * (mainWindowWebPreferences), loading the app from app://newsdesk, in the size
 * and place it had last time. Navigation and window guards are applied to
 * every WebContents in index.ts (hardenWebContents).
 */
export function createMainWindow({ preloadPath, stateDir }: MainWindowOptions): BrowserWindow {
  const state = new Store<WindowState>({ name: 'window-state', cwd: stateDir });
  const bounds = visibleBounds(
    state.get('bounds'),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  // Electronegativity reads webPreferences only from an object literal written here, so it cannot see the ones
  // mainWindowWebPreferences() returns; those are pinned by mainWindowWebPreferences.test.ts and the desktop e2e test.
  const win = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK -- set by mainWindowWebPreferences(), see above
    ...(bounds ?? DEFAULT_WINDOW_SIZE),
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Newsdesk',
    backgroundColor: '#ffffff',
    webPreferences: mainWindowWebPreferences(preloadPath),
  });
  if (state.get('maximized') === true) win.maximize();
  win.once('ready-to-show', () => win.show());

  confirmCloseWithRenderer(win, () => {
    state.set({ bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  });

  win.loadURL(APP_START_URL).catch((error: unknown) => console.error('Newsdesk could not load its window:', error));
  return win;
}
