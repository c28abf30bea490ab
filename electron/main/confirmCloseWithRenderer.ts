import { dialog, ipcMain, type BrowserWindow, type IpcMainEvent } from 'electron';
import { createCloseHandshake } from './closeHandshake.ts';
import { IPC_CHANNELS } from './ipcChannels.ts';
import { isTrustedIpcSender } from './isTrustedIpcSender.ts';

/** How long a renderer that does not answer (hung, crashed) may hold the window open. */
export const CLOSE_TIMEOUT_MS = 10_000;

/**
 * Makes closing the window a conversation, so unsaved work is never lost: the
 * first close is held back and the renderer is asked to flush; the window
 * closes when it answers true; when it answers false the user chooses between staying and
 * closing without saving; and it closes
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
    confirmDiscard: async () => {
      if (win.isDestroyed()) return true;
      const { response } = await dialog.showMessageBox(win, {
        type: 'warning',
        message: 'Your latest changes are not saved.',
        detail: 'Newsdesk could not save this story; the editor says why. If you close now, the changes since the last save are lost.',
        buttons: ['Stay and fix it', 'Close without saving'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      });
      return response === 1;
    },
  });

  const onReady = (event: IpcMainEvent, ready: unknown): void => {
    if (!win.isDestroyed() && event.sender === win.webContents && isTrustedIpcSender(event.senderFrame)) handshake.answer(ready === true);
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
