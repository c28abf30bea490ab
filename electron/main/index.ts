import { homedir } from 'node:os';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { createCore } from '../core/createCore.ts';
import { resolveDataPaths } from '../core/dataPaths.ts';
import { buildAppMenu } from './buildAppMenu.ts';
import { chooseDirectoryDialog } from './chooseDirectoryDialog.ts';
import { createMainWindow, type MainWindowOptions } from './createMainWindow.ts';
import { IPC_CHANNELS } from './ipcChannels.ts';
import { registerAppProtocol, registerAppScheme } from './registerAppProtocol.ts';
import { registerIpcHandlers } from './registerIpcHandlers.ts';

// Chromium's own files go inside the Newsdesk data folder, so NEWSDESK_DATA_DIR isolates a test run completely
// (and the single-instance lock, which lives there, is per data folder).
const { dataDir } = resolveDataPaths({ env: process.env, platform: process.platform, homedir: homedir() });
app.setPath('userData', join(dataDir, 'Chromium'));
registerAppScheme();

let mainWindow: BrowserWindow | null = null;
let quitRequested = false;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('before-quit', () => {
    quitRequested = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitRequested) app.quit();
  });
  app.whenReady().then(start).catch(fail);
}

async function start(): Promise<void> {
  const appDir = app.getAppPath();
  const core = await createCore({
    env: process.env,
    platform: process.platform,
    homedir: homedir(),
    hostKind: 'electron',
    version: app.getVersion(),
    chooseDirectory: (title) => chooseDirectoryDialog(BrowserWindow.getFocusedWindow() ?? mainWindow, title),
  });
  registerAppProtocol({
    rendererDir: join(appDir, 'dist', 'renderer'),
    assetPath: (id) => core.assets.pathOf(id),
    thumbnailPath: (id) => core.assets.thumbnailPath(id),
    displayPath: (id) => core.assets.displayPath(id),
  });
  registerIpcHandlers((method, input) => core.dispatch(method, input));
  Menu.setApplicationMenu(
    buildAppMenu({
      send: (command) => (BrowserWindow.getFocusedWindow() ?? mainWindow)?.webContents.send(IPC_CHANNELS.menu, command),
      isPackaged: app.isPackaged,
      platform: process.platform,
      showAbout: () => app.showAboutPanel(),
    }),
  );
  app.setAboutPanelOptions({ applicationName: 'Newsdesk', applicationVersion: app.getVersion() });
  const windowOptions = { preloadPath: join(appDir, 'dist', 'electron', 'preload.cjs'), stateDir: core.paths.dataDir };
  openMainWindow(windowOptions);
  app.on('activate', () => {
    if (mainWindow === null) openMainWindow(windowOptions);
  });
}

function openMainWindow(options: MainWindowOptions): void {
  const win = createMainWindow(options);
  mainWindow = win;
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error('Newsdesk could not start:', error);
  dialog.showErrorBox('Newsdesk could not start', message);
  app.exit(1);
}
