/** The outcome of checking what a writer typed into the link field. */
export type LinkHrefResult = { ok: true; href: string } | { ok: false; message: string };

const WEB_OR_MAIL = /^(https?:\/\/|mailto:)/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
const BARE_HOST = /^(localhost|[^\s/?#@:]+\.[a-z]{2,}|\d{1,3}(\.\d{1,3}){3})(:\d{1,5})?([/?#]|$)/i;

/**
 * Accepts web (http, https) and e-mail (mailto) links only. A bare domain such
 * as "nato.int/news" becomes https://nato.int/news and a bare e-mail address
 * becomes a mailto: link; anything else is refused with a message to show.
 */
export function normalizeLinkHref(input: string): LinkHrefResult {
  const value = input.trim();
  if (value === '') return { ok: false, message: 'Type a web address, such as https://www.nato.int.' };
  if (/\s/.test(value)) return { ok: false, message: 'A web address cannot contain spaces.' };
  if (WEB_OR_MAIL.test(value)) {
    if (/^mailto:/i.test(value)) return value.length > 7 ? { ok: true, href: value } : invalid();
    return hasHost(value) ? { ok: true, href: value } : invalid();
  }
  if (EMAIL.test(value)) return { ok: true, href: `mailto:${value}` };
  if (BARE_HOST.test(value)) {
    const href = `https://${value}`;
    return hasHost(href) ? { ok: true, href } : invalid();
  }
  if (HAS_SCHEME.test(value)) {
    return { ok: false, message: 'Links can only go to web pages (http, https) or e-mail addresses (mailto).' };
  }
  return invalid();
}

function hasHost(href: string): boolean {
  try {
    return new URL(href).hostname !== '';
  } catch {
    return false;
  }
}

function invalid(): LinkHrefResult {
  return { ok: false, message: 'That does not look like a web address. Try https://example.com/page.' };
}
