/**
 * The IPC channels between the main process and the preload. Pure constants,
 * so the preload bundle can import them without pulling in main-process code.
 */
export const IPC_CHANNELS = {
  /** Prefix of the one channel per API method: `newsdesk:api:<method>` (invoke/handle). */
  apiPrefix: 'newsdesk:api:',
  /** Main -> renderer: a MenuCommand chosen in the native menu. */
  menu: 'newsdesk:menu',
  /** Main -> renderer: the window is about to close, save what you have. */
  beforeClose: 'newsdesk:before-close',
  /** Renderer -> main: true when everything is saved, false to keep the window open. */
  closeReady: 'newsdesk:close-ready',
  /** Renderer -> main (invoke): save the window's print layout as a PDF; answers the path written, or null. */
  savePdf: 'newsdesk:save-pdf',
} as const;
