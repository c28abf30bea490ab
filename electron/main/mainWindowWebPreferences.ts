import type { WebPreferences } from 'electron';

/**
 * The editor window's webPreferences, in one place so a unit test can pin
 * them: a sandboxed, context-isolated renderer without Node (not in workers or
 * subframes either), with web security, no insecure content, no experimental
 * or extra Blink features, no <webview>, and middle-click (Auxclick) off so a
 * link cannot be opened in a new window that way.
 */
export function mainWindowWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    disableBlinkFeatures: 'Auxclick',
    safeDialogs: true,
    spellcheck: true,
  };
}
