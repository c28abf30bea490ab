// RFC 3986 characters allowed unencoded in a path, query or fragment (plus "%" of a valid escape).
const KEEP = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/;
const HTTP_URI =
  /^https?:\/\/(?:(?:[A-Za-z0-9\-._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:[A-Za-z0-9\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})*(?::\d*)?(?:\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*(?:\?(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$/;

function encodeChar(ch: string): string {
  try {
    return encodeURIComponent(ch);
  } catch {
    return '%EF%BF%BD'; // a lone surrogate: the replacement character
  }
}

/** Percent-encodes what RFC 3986 does not allow; keeps escapes that are already valid. */
function encodePart(text: string): string {
  const chars = Array.from(text);
  return chars
    .map((ch, i) => {
      if (ch === '%') return /^[0-9A-Fa-f]{2}$/.test((chars[i + 1] ?? '') + (chars[i + 2] ?? '')) ? '%' : '%25';
      return KEEP.test(ch) ? ch : encodeChar(ch);
    })
    .join('');
}

/**
 * A string with a scheme (`file:///…`, `urn:…`, `https://…`) made into a valid RFC 3986 URI, as
 * the ninjs schema's `"format": "uri"` demands: characters outside the allowed set are
 * percent-encoded (a second `#` too). Ordinary addresses come back unchanged.
 */
export function toNinjsUri(text: string): string {
  const hash = text.indexOf('#');
  if (hash < 0) return encodePart(text);
  return `${encodePart(text.slice(0, hash))}#${encodePart(text.slice(hash + 1)).replace(/#/g, '%23')}`;
}

/**
 * A reader's web address (http/https) as a valid URI, or null when it cannot be one (a port that
 * is not a number, say). Tries the address as written first, so a round trip keeps it; then the
 * WHATWG URL parser's normalised form, without user name or password.
 */
export function webAddressToUri(url: string): string | null {
  const direct = toNinjsUri(url);
  if (HTTP_URI.test(direct)) return direct;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    const rebuilt = toNinjsUri(`${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search}${parsed.hash}`);
    return HTTP_URI.test(rebuilt) ? rebuilt : null;
  } catch {
    return null;
  }
}
