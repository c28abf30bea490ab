/**
 * True for links the app may hand to the system with `shell.openExternal`
 * (after the user confirmed): http(s) addresses with a host name and no
 * embedded user name or password, and mailto: addresses; at most 2,048
 * characters, no control characters. Everything else (file:, javascript:,
 * smb:, custom protocol handlers such as ms-msdt:, …) could run code or leak
 * credentials outside the sandbox, so it is refused.
 */
export function isSafeExternalUrl(value: string | null | undefined): boolean {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2_048) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is being refused
  if (/[\u0000-\u001f\u007f]/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return /^[^@\s/\\]+@[^@\s/\\]+$/.test(decodeURIComponentOrNull(url.pathname) ?? '');
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  return url.hostname.length > 0;
}

function decodeURIComponentOrNull(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
