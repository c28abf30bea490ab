import { ipcMain, type BrowserWindow, type IpcMainEvent } from 'electron';
import { createCloseHandshake } from './closeHandshake.ts';
import { IPC_CHANNELS } from './ipcChannels.ts';

/** How long a renderer that does not answer (hung, crashed) may hold the window open. */
export const CLOSE_TIMEOUT_MS = 10_000;

/**
 * Makes closing the window a conversation, so unsaved work is never lost: the
 * first close is held back and the renderer is asked to flush; the window
 * closes when it answers true, stays open when it answers false, and closes
 * anyway when the renderer is gone or silent for CLOSE_TIMEOUT_MS.
 * `onClosing` runs just before the window really closes (e.g. to remember bounds).
 */
export function confirmCloseWithRenderer(win: BrowserWindow, onClosing: () => void): void {
  const handshake = createCloseHandshake({
    ask: () => win.webContents.send(IPC_CHANNELS.beforeClose),
    close: () => {
      if (!win.isDestroyed()) win.close();
    },
    timeoutMs: CLOSE_TIMEOUT_MS,
  });

  const onReady = (event: IpcMainEvent, ready: unknown): void => {
    if (!win.isDestroyed() && event.sender === win.webContents) handshake.answer(ready === true);
  };
  ipcMain.on(IPC_CHANNELS.closeReady, onReady);

  win.on('close', (event) => {
    const contents = win.webContents;
    if (!handshake.requestClose(!contents.isDestroyed() && !contents.isCrashed())) {
      event.preventDefault();
      return;
    }
    onClosing();
  });
  win.webContents.on('render-process-gone', () => handshake.rendererGone());
  win.on('closed', () => {
    ipcMain.off(IPC_CHANNELS.closeReady, onReady);
    handshake.dispose();
  });
}
