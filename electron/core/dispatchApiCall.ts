import type { ApiErrorShape } from '@shared/api/apiError.ts';
import type { ApiHandlers, ApiMethod, ApiOutputs } from '@shared/api/contract.ts';
import { parseApiInput } from '@shared/api/parseApiInput.ts';
import { toApiErrorShape } from './toApiErrorShape.ts';

/** The outcome of one API call, ready to send over IPC or HTTP; never throws. */
export type ApiCallResult = { ok: true; value: ApiOutputs[ApiMethod] } | { ok: false; error: ApiErrorShape };

/**
 * Validates a call against the contract, runs its handler and turns any failure into an
 * ApiErrorShape. Both hosts (IPC and HTTP) go through here, so they behave the same.
 */
export async function dispatchApiCall(handlers: ApiHandlers, method: string, rawInput: unknown): Promise<ApiCallResult> {
  try {
    const parsed = parseApiInput(method, rawInput);
    const handler = handlers[parsed.method] as (input: unknown) => Promise<ApiOutputs[ApiMethod]>;
    return { ok: true, value: await handler(parsed.input) };
  } catch (error) {
    return { ok: false, error: toApiErrorShape(error, method.slice(0, 60)) };
  }
}
