import { inlineStyleValue } from './inlineStyleValue.ts';

/** One of Word's list paragraphs: a `<p>` that only looks like a list item. */
export interface WordListParagraph {
  /** 1 for the outer list, 2 for a list inside it, ... */
  level: number;
  /** Word's list id (`l0`, `l1`, ...): a new id at level 1 starts a new list. */
  listId: string;
  /** True when the typed marker is a number or letter ("1.", "a)", "iv."), false for bullets. */
  ordered: boolean;
  /** The paragraph itself; its marker is skipped when its children are read. */
  content: Element;
}

const MSO_LIST = /l(\d+)\s+level(\d+)/;
const ORDERED_MARKER = /^\(?([0-9]+|[a-z]{1,6})[.)]/i;

/**
 * Recognises Word's list paragraphs (`class="MsoListParagraphCxSpFirst"`,
 * `style="mso-list:l0 level1 lfo1"`), whose bullet or number is plain text in a
 * `<span style="mso-list:Ignore">` inside `<![if !supportLists]>`.
 */
export function readWordListParagraph(el: Element): WordListParagraph | null {
  const msoList = inlineStyleValue(el, 'mso-list');
  const match = msoList ? MSO_LIST.exec(msoList) : null;
  if (!match) return null;
  const marker = (isMsoIgnore(el) ? '' : findMarker(el)).replace(/[\s\u00a0]+/g, '');
  return { level: Number(match[2]), listId: `l${match[1]}`, ordered: ORDERED_MARKER.test(marker), content: el };
}

/** True for the span that holds Word's typed bullet or number. */
export function isMsoIgnore(el: Element): boolean {
  return inlineStyleValue(el, 'mso-list') === 'ignore';
}

function findMarker(el: Element): string {
  for (const span of Array.from(el.querySelectorAll('[style]'))) {
    if (isMsoIgnore(span)) return span.textContent ?? '';
  }
  return '';
}
