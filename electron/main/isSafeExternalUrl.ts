/**
 * True for links the app may hand to the system browser with
 * `shell.openExternal`: plain http(s) addresses with a host name, no
 * embedded user name or password, and a sane length. Everything else
 * (file:, javascript:, custom protocol handlers, smb:, …) could run code or
 * leak credentials outside the sandbox, so it is refused.
 */
export function isSafeExternalUrl(value: string | null | undefined): boolean {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2_048) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  return url.hostname.length > 0;
}
