/**
 * Headers that go with every response of either host (the `app://` protocol
 * handler and the 127.0.0.1 web host), whatever its content. The
 * Content-Security-Policy lets the renderer load only its own scripts and
 * styles, talk only to its own origin, and be neither framed nor used to post
 * forms elsewhere; there is no 'unsafe-inline' or 'unsafe-eval' for scripts.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze(securityHeaders());

/** The page policy both hosts send (see SECURITY_HEADERS). */
export const CONTENT_SECURITY_POLICY: string = SECURITY_HEADERS['Content-Security-Policy'] ?? '';

/**
 * The policy sent with a picture (original, thumbnail, screen-sized copy): a
 * picture opened on its own, e.g. an SVG smuggled in under an image name,
 * can run nothing and load nothing.
 */
export const PICTURE_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

/** SECURITY_HEADERS with the picture policy in place of the page policy. */
export const PICTURE_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...SECURITY_HEADERS,
  'Content-Security-Policy': PICTURE_CONTENT_SECURITY_POLICY,
});

/** How long a browser may keep a picture: asset ids are content hashes, so a picture never changes. */
export const ASSET_CACHE_CONTROL = 'private, max-age=31536000, immutable';

function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  // One string literal assigned to a 'Content-Security-Policy' key: the only form of a header policy that
  // Electronegativity's CSP check recognises, so `npm run lint` evaluates this very policy.
  headers['Content-Security-Policy'] =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  headers['X-Content-Type-Options'] = 'nosniff';
  headers['Referrer-Policy'] = 'no-referrer';
  headers['X-Frame-Options'] = 'DENY';
  headers['Cross-Origin-Opener-Policy'] = 'same-origin';
  headers['Cross-Origin-Resource-Policy'] = 'same-origin';
  return headers;
}
