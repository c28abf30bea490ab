import DOMPurify from 'dompurify';
import { escapeHtml } from '@shared/export/escapeHtml.ts';
import { SAFE_LINK } from '@shared/story/safeLink.ts';
import { defuseEventHandlers, restoreDefused } from './defuseEventHandlers.ts';
import { inlineStyleValue as styleValue } from './inlineStyleValue.ts';
import { isMsoIgnore, readWordListParagraph, type WordListParagraph } from './readWordListParagraph.ts';

/**
 * Turns clipboard HTML from Word, Google Docs or a web page into the little
 * HTML a story body keeps: paragraphs, line breaks, bold, italic, safe links
 * and bullet / numbered lists. Everything else (styles, classes, fonts,
 * pictures, tables, comments, scripts, handlers) is dropped, keeping its text
 * where a reader would expect it. Pure: string in, string out.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(defuseEventHandlers(html), 'text/html');
  const root = new BlockSink();
  walkChildren(doc.body, { bold: false, italic: false, href: null }, root);
  const out = root.blocks.map(blockToHtml).join('');
  // A second, independent allowlist: whatever the walker misses, DOMPurify still refuses.
  return restoreDefused(
    DOMPurify.sanitize(out, {
      ALLOWED_TAGS: ['p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li'],
      ALLOWED_ATTR: ['href', 'rel'],
      // Values without a colon (the rel list) pass; anything with a scheme must be web or mail.
      ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|[^:]*$)/i,
    }),
  );
}

interface Marks {
  bold: boolean;
  italic: boolean;
  href: string | null;
}
type Inline = { kind: 'text'; text: string; marks: Marks } | { kind: 'break' };
interface Paragraph {
  kind: 'p';
  inlines: Inline[];
}
interface List {
  kind: 'list';
  ordered: boolean;
  items: BlockSink[];
}
type Block = Paragraph | List;

/** Collects blocks; inline content goes into the paragraph that is open, or opens one. */
class BlockSink {
  readonly blocks: Block[] = [];
  private open: Paragraph | null = null;

  inline(item: Inline): void {
    if (item.kind === 'break' && this.open === null) return; // a <br> between blocks only separates them
    if (this.open === null) {
      this.open = { kind: 'p', inlines: [] };
      this.blocks.push(this.open);
    }
    this.open.inlines.push(item);
  }

  close(): void {
    this.open = null;
  }

  list(ordered: boolean): List {
    this.close();
    const list: List = { kind: 'list', ordered, items: [] };
    this.blocks.push(list);
    return list;
  }
}

const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'img', 'picture', 'video', 'audio', 'canvas', 'source', 'track', 'map', 'area', 'input', 'button', 'select',
  'textarea', 'option', 'head', 'meta', 'link', 'title', 'base', 'xml', 'o:p', 'hr',
]);

const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr',
  'td', 'th', 'caption', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'figure', 'figcaption',
  'address', 'dl', 'dt', 'dd', 'center', 'details', 'summary', 'form', 'fieldset', 'legend', 'body', 'html',
]);


function walkChildren(parent: Node, marks: Marks, sink: BlockSink): void {
  let skippingListMarker = false;
  let wordList: WordListBuilder | null = null;
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === Node.COMMENT_NODE) {
      // Word's "<![if !supportLists]>bullet<![endif]>" parses as two comments around the typed marker.
      const data = (child as Comment).data.trim().toLowerCase();
      if (data === '[if !supportlists]') skippingListMarker = true;
      else if (data === '[endif]') skippingListMarker = false;
      continue;
    }
    if (skippingListMarker) continue;

    const listParagraph = child instanceof Element ? readWordListParagraph(child) : null;
    if (listParagraph) {
      wordList ??= new WordListBuilder(sink);
      wordList.add(listParagraph, marks);
      continue;
    }
    if (wordList && !(child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim() === '')) wordList = null;
    walkNode(child, marks, sink);
  }
}

function walkNode(node: Node, marks: Marks, sink: BlockSink): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ');
    if (text !== '') sink.inline({ kind: 'text', text, marks });
    return;
  }
  if (!(node instanceof Element)) return;
  const tag = node.tagName.toLowerCase();
  if (DROPPED.has(tag) || tag.startsWith('v:') || tag.startsWith('w:') || isMsoIgnore(node)) return;

  if (tag === 'br') {
    // Google Docs ends its clipboard with this marker; it is not a line the writer typed.
    if (!node.classList.contains('Apple-interchange-newline')) sink.inline({ kind: 'break' });
    return;
  }
  if (tag === 'ul' || tag === 'ol') {
    walkList(node, marks, sink.list(tag === 'ol' || looksOrdered(node)));
    return;
  }

  const inner = marksOf(node, tag, marks);
  if (BLOCKS.has(tag) || tag === 'li') {
    sink.close();
    walkChildren(node, inner, sink);
    sink.close();
    return;
  }
  walkChildren(node, inner, sink);
}

function walkList(listEl: Element, marks: Marks, list: List): void {
  for (const child of Array.from(listEl.childNodes)) {
    if (child instanceof Element && child.tagName.toLowerCase() === 'li') {
      const item = new BlockSink();
      list.items.push(item);
      walkChildren(child, marks, item);
      continue;
    }
    if (child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim() === '') continue;
    // Google Docs nests a sub-list directly in the parent list, not inside an item.
    const last = list.items.at(-1) ?? pushItem(list);
    last.close();
    walkNode(child, marks, last);
  }
}

function pushItem(list: List): BlockSink {
  const item = new BlockSink();
  list.items.push(item);
  return item;
}

/** Google Docs writes `<ul style="list-style-type:decimal">`-style lists in some exports. */
function looksOrdered(el: Element): boolean {
  const type = styleValue(el, 'list-style-type') ?? styleValue(el.querySelector('li') ?? el, 'list-style-type') ?? '';
  return /decimal|alpha|roman|numeric/.test(type);
}

function marksOf(el: Element, tag: string, outer: Marks): Marks {
  let { bold, italic, href } = outer;
  const weight = styleValue(el, 'font-weight');
  if (tag === 'b' || tag === 'strong') bold = true;
  // Google Docs wraps the whole clipboard in <b style="font-weight:normal">, which is not bold.
  if (weight !== null) bold = /^(bold|bolder|[6-9]00)$/.test(weight) ? true : /^(normal|lighter|[1-5]00)$/.test(weight) ? false : bold;
  if (tag === 'i' || tag === 'em') italic = true;
  const fontStyle = styleValue(el, 'font-style');
  if (fontStyle !== null) italic = /^(italic|oblique)/.test(fontStyle) ? true : fontStyle === 'normal' ? false : italic;
  if (tag === 'a') {
    const raw = (el.getAttribute('href') ?? '').trim();
    href = SAFE_LINK.test(raw) ? raw : null;
  }
  return bold === outer.bold && italic === outer.italic && href === outer.href ? outer : { bold, italic, href };
}

/** Rebuilds Word's flat "list paragraphs" as nested lists, one level per `mso-list … levelN`. */
class WordListBuilder {
  private readonly stack: { list: List; listId: string }[] = [];

  constructor(private readonly sink: BlockSink) {}

  add(para: WordListParagraph, marks: Marks): void {
    const level = Math.max(1, Math.min(para.level, 9));
    if (level === 1 && this.stack[0] && this.stack[0].listId !== para.listId) this.stack.length = 0;
    while (this.stack.length > level) this.stack.pop();
    while (this.stack.length < level) {
      const top = this.stack.at(-1);
      const list = top ? nestedList(top.list, para.ordered) : this.sink.list(para.ordered);
      this.stack.push({ list, listId: para.listId });
    }
    const item = pushItem(this.stack[level - 1].list);
    walkChildren(para.content, marks, item);
  }
}

function nestedList(parent: List, ordered: boolean): List {
  const owner = parent.items.at(-1) ?? pushItem(parent);
  return owner.list(ordered);
}

function blockToHtml(block: Block): string {
  if (block.kind === 'list') {
    const tag = block.ordered ? 'ol' : 'ul';
    return `<${tag}>${block.items.map((item) => `<li>${itemToHtml(item)}</li>`).join('')}</${tag}>`;
  }
  return isBlank(block) ? '' : `<p>${inlinesToHtml(trimBreaks(block.inlines))}</p>`;
}

function itemToHtml(item: BlockSink): string {
  const html = item.blocks.map(blockToHtml).join('');
  return html === '' ? '<p></p>' : html;
}

function isBlank(p: Paragraph): boolean {
  return p.inlines.every((i) => i.kind === 'break' || i.text.replace(/\u00a0/g, ' ').trim() === '');
}

function trimBreaks(inlines: Inline[]): Inline[] {
  let end = inlines.length;
  while (end > 0 && inlines[end - 1].kind === 'break') end--;
  return inlines.slice(0, end);
}

function inlinesToHtml(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.kind === 'break') return '<br>';
      let html = escapeHtml(inline.text);
      if (inline.marks.italic) html = `<em>${html}</em>`;
      if (inline.marks.bold) html = `<strong>${html}</strong>`;
      if (inline.marks.href) html = `<a href="${escapeHtml(inline.marks.href)}" rel="noopener noreferrer">${html}</a>`;
      return html;
    })
    .join('');
}
