/** An address a reader can follow from a rail: http(s), no spaces. */
export const WEB_URL = /^https?:\/\/[^\s]+$/i;

/** The longest link a rail item may carry. */
export const MAX_RAIL_URL_LENGTH = 2_000;

/** A rail item's link: an http(s) address, or empty while the item is being written. */
export function isRailUrl(url: string): boolean {
  return url.length <= MAX_RAIL_URL_LENGTH && (url === '' || WEB_URL.test(url));
}
