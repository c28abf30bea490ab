import { shell, type WebContents } from 'electron';
import { isInternalUrl } from './isInternalUrl.ts';
import { isSafeExternalUrl } from './isSafeExternalUrl.ts';

/**
 * Keeps a window's page inside the app: it may navigate only to app://newsdesk,
 * may not open windows (safe http(s) links go to the system browser instead),
 * may not embed <webview>, and is granted no permission (camera, location,
 * notifications…), none of which an editor needs.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isInternalUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isInternalUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      shell.openExternal(url).catch((error: unknown) => console.error('Newsdesk could not open the link in the browser:', error));
    }
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}
