import type { WebContents } from 'electron';
import { isInternalUrl } from './isInternalUrl.ts';

export interface HardenWebContentsOptions {
  /** Offers a link to the system browser (createExternalLinkOpener: allowlist, then the user's Open). */
  openLink: (url: string) => Promise<unknown>;
}

/**
 * Keeps a page inside the app: it may navigate or be redirected only within
 * app://newsdesk, may not open windows (a link that asks for one is offered
 * to the system browser instead, see openLink), may not attach a <webview>,
 * and may not pick a Bluetooth device. Free of Electron's runtime so it can be
 * tested with a stand-in WebContents.
 */
export function hardenWebContents(contents: WebContents, { openLink }: HardenWebContentsOptions): void {
  contents.on('will-navigate', (event) => {
    if (!isInternalUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isInternalUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isInternalUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  contents.setWindowOpenHandler(({ url }) => {
    openLink(url).catch((error: unknown) => console.error('Newsdesk could not open the link in the browser:', error));
    return { action: 'deny' };
  });
}
