/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&`
 * become \u escapes so no string can close the script element or open a
 * comment, and U+2028/U+2029 are escaped for older JavaScript parsers.
 * The result still parses back with JSON.parse to the same value.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
