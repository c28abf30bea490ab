import { APP_HOST, APP_SCHEME } from './appOrigin.ts';

/**
 * True only for pages of the app itself (`app://newsdesk/…`). Used to decide
 * which frames may call the API and where the window may navigate; anything
 * that does not parse, another scheme, another host, or a URL carrying
 * credentials or a port is outside.
 */
export function isInternalUrl(value: string | null | undefined): boolean {
  if (typeof value !== 'string' || value.length === 0 || value.length > 8_192) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.hostname.toLowerCase() === APP_HOST && url.port === '' && url.username === '' && url.password === '';
}
