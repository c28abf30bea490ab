/** The privileged scheme and host the desktop renderer is served from: `app://newsdesk/…`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'newsdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window opens. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;
