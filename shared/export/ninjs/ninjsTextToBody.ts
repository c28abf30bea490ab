import type { BodyDoc } from '../../story/bodySchema.ts';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/**
 * The text of a markup body (an agency's HTML or XHTML), one line per block: only text is kept,
 * never markup, so nothing a foreign file carries can become a link, a picture or a script.
 */
export function markupToText(markup: string): string {
  const text = markup
    .replace(/<(script|style|head|title|figure|figcaption)\b[\s\S]*?<\/\1\s*>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div|h[1-6]|li|blockquote|section|article|tr|ul|ol)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text);
}

/** Plain text as a body: one paragraph per non-empty line (an empty body is one empty paragraph). */
export function ninjsTextToBody(text: string): BodyDoc {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  if (lines.length === 0) return { type: 'doc', content: [{ type: 'paragraph' }] };
  return { type: 'doc', content: lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })) };
}
