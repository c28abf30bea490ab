/** What typing one character turns into: drop `deleteBefore` characters before the caret, then insert `insert`. */
export interface SmartTypingEdit {
  deleteBefore: number;
  insert: string;
}

// After these (or at the very start) a quote opens; after anything else it closes.
const OPENS_AFTER = /[\s([{\u2014\u2013\u00a0\u201c\u2018/-]$/u;

/**
 * Smart typography for one typed character, given the text just before the caret:
 * straight quotes become curly ones by context (“ ” ‘ ’, and the apostrophe ’), two hyphens an
 * en dash (–), an en dash and a hyphen an em dash (— : three hyphens in a row), three dots an
 * ellipsis (…). Null when the character stays as typed. Pure, so the body editor and the plain
 * text fields share it.
 */
export function smartTypingEdit(before: string, typed: string): SmartTypingEdit | null {
  switch (typed) {
    case '"':
      return { deleteBefore: 0, insert: before === '' || OPENS_AFTER.test(before) ? '\u201c' : '\u201d' };
    case "'":
      return { deleteBefore: 0, insert: before === '' || OPENS_AFTER.test(before) ? '\u2018' : '\u2019' };
    case '-':
      if (before.endsWith('\u2013')) return { deleteBefore: 1, insert: '\u2014' };
      if (before.endsWith('-')) return { deleteBefore: 1, insert: '\u2013' };
      return null;
    case '.':
      return before.endsWith('..') ? { deleteBefore: 2, insert: '\u2026' } : null;
    default:
      return null;
  }
}

/** Applies `smartTypingEdit` to a whole string as if it were typed character by character (tests, pasting is left alone). */
export function smartenTyped(text: string): string {
  let out = '';
  for (const ch of text) {
    const edit = smartTypingEdit(out, ch);
    out = edit ? out.slice(0, out.length - edit.deleteBefore) + edit.insert : out + ch;
  }
  return out;
}
