import type { ApiErrorShape } from '@shared/api/apiError.ts';
import type { ApiInput, ApiMethod, ApiOutputs } from '@shared/api/contract.ts';
import type { HostBridge } from '@shared/api/hostBridge.ts';

/** What a preload API call resolves to: errors travel as data because IPC drops an Error's fields. */
export type NewsdeskApiEnvelope<M extends ApiMethod> = { ok: true; value: ApiOutputs[M] } | { ok: false; error: ApiErrorShape };

/** `window.newsdesk`, exposed by the Electron preload: one function per API method plus the host events. */
export type NewsdeskPreloadBridge = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<NewsdeskApiEnvelope<M>> } & HostBridge;

declare global {
  interface Window {
    /** Present in the desktop app only; in a browser the API is reached over HTTP. */
    newsdesk?: NewsdeskPreloadBridge;
  }
}
