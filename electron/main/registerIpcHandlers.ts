import { ipcMain } from 'electron';
import type { ApiErrorShape } from '@shared/api/apiError.ts';
import { API_METHODS } from '@shared/api/apiMethods.ts';
import { IPC_CHANNELS } from './ipcChannels.ts';
import { isTrustedIpcSender } from './isTrustedIpcSender.ts';

type DispatchResult = { ok: true; value: unknown } | { ok: false; error: ApiErrorShape };

/**
 * Serves every method of the contract (and nothing else) over IPC, one
 * channel per method. Calls from anything but the top frame of the app's own
 * pages are refused (isTrustedIpcSender), so a stray or injected frame cannot reach the library. Errors
 * travel as envelopes because Electron drops an Error's fields on the way.
 */
export function registerIpcHandlers(dispatch: (method: string, input: unknown) => Promise<DispatchResult>): void {
  for (const method of API_METHODS) {
    ipcMain.handle(`${IPC_CHANNELS.apiPrefix}${method}`, async (event, input: unknown): Promise<DispatchResult> => {
      if (!isTrustedIpcSender(event.senderFrame)) {
        return { ok: false, error: { code: 'unauthorized', message: 'Only Newsdesk’s own pages may use its library.' } };
      }
      return dispatch(method, input);
    });
  }
}
