/** A private-use character put in front of what would be an `on…` attribute name. */
const DEFUSE = '\uE000';

/**
 * Makes every would-be event-handler attribute in clipboard HTML (`onerror=`, `/onload`,
 * `"onclick`) a harmless name before any DOM parses it, by putting a private-use character in
 * front of it (and `<base` into an unknown element). Chromium checks the page's CSP as soon as a parser creates a handler attribute,
 * even in an inert DOMParser document, so parsing hostile HTML as it is floods the app with CSP
 * violation reports although nothing runs. `restoreDefused` removes the character again from the
 * serialised result, where it can only sit in text or a quoted attribute value.
 */
export function defuseEventHandlers(html: string): string {
  return (
    html
      .replaceAll(DEFUSE, '')
      .replace(/([\t\n\f\r /"'])(on[a-z])/gi, `$1${DEFUSE}$2`)
      // A <base href> is checked against base-uri the moment it is parsed; as <base\uE000> it is an unknown element.
      .replace(/<(base)(?=[\t\n\f\r />])/gi, `<$1${DEFUSE}`)
  );
}

/** Undoes `defuseEventHandlers` in serialised, sanitised HTML, so text such as "press on" is unchanged. */
export function restoreDefused(html: string): string {
  return html.replaceAll(DEFUSE, '');
}
