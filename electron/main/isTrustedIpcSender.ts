import { isInternalUrl } from './isInternalUrl.ts';

/** The two WebFrameMain members the check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * True only for the top frame of an app page (`app://newsdesk/…`): a missing
 * frame (navigated away or destroyed), a subframe (the app has none, so any is
 * foreign), or a page of another origin (https:, file:, app://newsdesk.evil…)
 * may not call the API or answer the close handshake. A frame that is already
 * disposed throws on access and counts as untrusted.
 */
export function isTrustedIpcSender(frame: SenderFrame | null | undefined): boolean {
  if (frame === null || frame === undefined) return false;
  try {
    return frame.parent === null && isInternalUrl(frame.url);
  } catch {
    return false;
  }
}
