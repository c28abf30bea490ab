import { homedir } from 'node:os';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron';
import type { Settings } from '@shared/api/contract.ts';
import { createCore } from '../core/createCore.ts';
import { resolveDataPaths } from '../core/dataPaths.ts';
import { buildAppMenu } from './buildAppMenu.ts';
import { chooseDirectoryDialog } from './chooseDirectoryDialog.ts';
import { createExternalLinkOpener } from './createExternalLinkOpener.ts';
import { createMainWindow, type MainWindowOptions } from './createMainWindow.ts';
import { externalLinkPrompt, OPEN_BUTTON } from './externalLinkPrompt.ts';
import { hardenSession } from './hardenSession.ts';
import { hardenWebContents } from './hardenWebContents.ts';
import { IPC_CHANNELS } from './ipcChannels.ts';
import { registerAppProtocol, registerAppScheme } from './registerAppProtocol.ts';
import { registerIpcHandlers } from './registerIpcHandlers.ts';
import { applySpellcheckLanguage, attachEditContextMenu, registerSavePdf } from './writingTools.ts';

// Chromium's own files go inside the Newsdesk data folder, so NEWSDESK_DATA_DIR isolates a test run completely
// (and the single-instance lock, which lives there, is per data folder).
const { dataDir } = resolveDataPaths({ env: process.env, platform: process.platform, homedir: homedir() });
app.setPath('userData', join(dataDir, 'Chromium'));
registerAppScheme();

let mainWindow: BrowserWindow | null = null;
let quitRequested = false;
/** Set once the core has written what was pending (the library index) for the quit under way. */
let closedForQuit = false;
let closeCore: (() => Promise<void>) | null = null;

/** Links leave the app only as http(s)/mailto, and only after the user chose Open in a native dialog. */
const openLink = createExternalLinkOpener({
  confirm: async (url) => {
    const parent = BrowserWindow.getFocusedWindow() ?? mainWindow;
    const options = externalLinkPrompt(url);
    const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
    return response === OPEN_BUTTON;
  },
  open: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK -- reached only through createExternalLinkOpener: http(s)/mailto allowlist, then the user's Open
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('before-quit', () => {
    quitRequested = true;
  });
  // After the windows closed (and their last saves landed), the core writes what is pending, then the quit goes on.
  app.on('will-quit', (event) => {
    if (closedForQuit || closeCore === null) return;
    event.preventDefault();
    closedForQuit = true;
    closeCore()
      .catch((error: unknown) => console.error('Newsdesk could not write the library index on quit:', error))
      .finally(() => app.quit());
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitRequested) app.quit();
  });
  // Every page Electron creates (windows, and anything a bug might add) gets the navigation and window guards.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { openLink });
    attachEditContextMenu(contents);
  });
  app.whenReady().then(start).catch(fail);
}

async function start(): Promise<void> {
  const appDir = app.getAppPath();
  hardenSession(session.defaultSession);
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
    pictureDir: core.assets.dir,
    assetPath: (id) => core.assets.pathOf(id),
    thumbnailPath: (id) => core.assets.thumbnailPath(id),
    displayPath: (id) => core.assets.displayPath(id),
  });
  registerIpcHandlers(async (method, input) => {
    const result = await core.dispatch(method, input);
    // A new spellcheck language in the settings applies at once.
    if (method === 'updateSettings' && result.ok) applySpellcheckLanguage(session.defaultSession, (result.value as Settings).spellcheckLanguage);
    return result;
  });
  registerSavePdf();
  const settings = await core.dispatch('getSettings', {});
  if (settings.ok) applySpellcheckLanguage(session.defaultSession, (settings.value as Settings).spellcheckLanguage);
  closeCore = core.close;
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
