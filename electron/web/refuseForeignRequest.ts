/** What the web host knows about where a request comes from. */
export interface RequestOrigin {
  /** `req.socket.remoteAddress`. */
  remoteAddress: string | undefined;
  /** The Host header. */
  host: string | undefined;
  /** The Origin header, if the browser sent one. */
  origin: string | undefined;
  /** The Sec-Fetch-Site header, if the browser sent one. */
  fetchSite: string | string[] | undefined;
}

const LOOPBACK = new Set(['127.0.0.1', '::ffff:127.0.0.1']);

/**
 * Why the web host must refuse a request before even looking at its session,
 * or null when it may go on. Refused: a peer other than 127.0.0.1 (the host
 * binds there, this is the second line); a Host other than
 * `127.0.0.1:<port>` or `localhost:<port>` (DNS rebinding); an Origin other
 * than the page's own (another site's script); and a Sec-Fetch-Site of
 * `cross-site` or `same-site` (another site, or another port on this machine,
 * embedding our pages or pictures; SameSite cookies do not stop same-site).
 */
export function refuseForeignRequest({ remoteAddress, host, origin, fetchSite }: RequestOrigin, port: number): string | null {
  if (remoteAddress === undefined || !LOOPBACK.has(remoteAddress)) return 'Newsdesk only answers this computer (127.0.0.1).';
  const hostName = (host ?? '').toLowerCase();
  if (hostName !== `127.0.0.1:${port}` && hostName !== `localhost:${port}`) {
    return 'This address is not served here. Use the 127.0.0.1 address Newsdesk printed.';
  }
  if (origin !== undefined && origin.toLowerCase() !== `http://${hostName}`) return 'Requests from other sites are refused.';
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return 'Requests from other sites are refused.';
  return null;
}
