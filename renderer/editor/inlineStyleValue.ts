/** Reads one property from an element's inline style attribute, lower-cased and without `!important`. */
export function inlineStyleValue(el: Element, property: string): string | null {
  const style = el.getAttribute('style');
  if (!style) return null;
  let found: string | null = null;
  // Parsed by hand: the DOM's CSSStyleDeclaration drops Word's `mso-*` properties.
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    if (declaration.slice(0, colon).trim().toLowerCase() === property) {
      found = declaration.slice(colon + 1).replace(/!important/i, '').trim().toLowerCase();
    }
  }
  return found;
}
