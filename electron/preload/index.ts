import { contextBridge, ipcRenderer } from 'electron';
import type { ApiErrorShape } from '@shared/api/apiError.ts';
import type { ApiInput, ApiMethod, ApiOutputs } from '@shared/api/contract.ts';
import { isMenuCommand, type HostBridge, type MenuCommand } from '@shared/api/hostBridge.ts';
import { IPC_CHANNELS } from '../main/ipcChannels.ts';
import { API_METHODS } from '@shared/api/apiMethods.ts';

/*
 * The renderer's only door to the app: one named function per API method and
 * the two host events, exposed as `window.newsdesk`. No ipcRenderer, no
 * generic send: the page can reach exactly these channels and nothing else.
 */

type ApiEnvelope<M extends ApiMethod> = { ok: true; value: ApiOutputs[M] } | { ok: false; error: ApiErrorShape };
type ApiBridge = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiEnvelope<M>> };

const api = Object.fromEntries(
  API_METHODS.map((name) => [name, (input: unknown): Promise<unknown> => ipcRenderer.invoke(`${IPC_CHANNELS.apiPrefix}${name}`, input)]),
) as ApiBridge;

const closeListeners = new Set<() => Promise<boolean>>();

// Answer every close request; with nobody listening there is nothing to save.
ipcRenderer.on(IPC_CHANNELS.beforeClose, () => {
  const listeners = [...closeListeners];
  Promise.all(listeners.map(async (listener) => listener())).then(
    (answers) => ipcRenderer.send(IPC_CHANNELS.closeReady, answers.every((ready) => ready === true)),
    (error: unknown) => {
      console.error('Newsdesk could not save before closing; the window stays open.', error);
      ipcRenderer.send(IPC_CHANNELS.closeReady, false);
    },
  );
});

const hostBridge: HostBridge = {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const handler = (_event: unknown, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC_CHANNELS.menu, handler);
    return () => {
      ipcRenderer.off(IPC_CHANNELS.menu, handler);
    };
  },
  onBeforeClose(listener: () => Promise<boolean>): () => void {
    // Wrapped so that the same function registered twice still counts twice, and unsubscribes once.
    const entry = (): Promise<boolean> => listener();
    closeListeners.add(entry);
    return () => {
      closeListeners.delete(entry);
    };
  },
  savePdf: (suggestedName: string): Promise<string | null> => ipcRenderer.invoke(IPC_CHANNELS.savePdf, suggestedName) as Promise<string | null>,
};

contextBridge.exposeInMainWorld('newsdesk', { ...api, ...hostBridge } satisfies ApiBridge & HostBridge);
