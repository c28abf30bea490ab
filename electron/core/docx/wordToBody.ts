import type { BodyNode } from '@shared/story/bodySchema.ts';
import { countIn, emptyDocxCounts, type DocxCounts } from './DocxCounts.ts';
import { InlineCollector, type InlineContext, type PendingPicture } from './convertWordInlines.ts';
import type { WordBlock, WordDocument, WordNote, WordNoteReference, WordParagraph } from './readWordDocument.ts';

export interface WordConversion {
  headline: string;
  standfirst: string;
  /** The body's blocks; figures still without their assetId (see `pictures`). */
  body: BodyNode[];
  pictures: PendingPicture[];
  counts: DocxCounts;
}

type ParagraphRole = 'title' | 'h1' | 'h2' | 'h3' | 'subtitle' | 'quote' | 'caption' | 'plain' | 'other';

/** Paragraph styles that are simply text, as far as a story is concerned. */
const PLAIN_STYLES = new Set([
  'normal',
  'normal (web)',
  'body',
  'body text',
  'body text 2',
  'body text 3',
  'body text first indent',
  'list paragraph',
  'list bullet',
  'list number',
  'list continue',
  'no spacing',
  'plain text',
  'footnote text',
  'endnote text',
  'annotation text',
  'footnote',
  'endnote',
  'default',
  'text body',
]);

const HEADLINE_MAX = 300;
const STANDFIRST_MAX = 1_500;

function roleOf(paragraph: WordParagraph, counts: DocxCounts): ParagraphRole {
  const name = (paragraph.styleName ?? paragraph.styleId ?? '').trim();
  const key = name.toLowerCase().replace(/\s+/g, ' ');
  if (key === '' || PLAIN_STYLES.has(key)) return 'plain';
  if (key === 'title') return 'title';
  if (key === 'subtitle') return 'subtitle';
  if (key === 'quote' || key === 'intense quote' || key === 'block text') return 'quote';
  if (key === 'caption') return 'caption';
  // Word's "heading 1" (id Heading1), Pages' "Heading".
  const heading = /^heading ?([1-9])?$/.exec(key);
  if (heading) {
    const level = Number(heading[1] ?? '1');
    if (level === 1) return 'h1';
    if (level === 2) return 'h2';
    if (level > 3) counts.deepHeadings++;
    return 'h3';
  }
  countIn(counts.paragraphStyles, name);
  return 'other';
}

function plainText(nodes: BodyNode[]): string {
  return nodes
    .map((n) => (n.type === 'text' ? (n.text ?? '') : n.type === 'hardBreak' ? ' ' : plainText(n.content ?? [])))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

const sameText = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/**
 * Turns mammoth's model of a Word document into story fields and TipTap JSON that the story
 * schema allows. The headline is the document title when it has one, else the first Title or
 * Heading 1 paragraph (taken out of the body); later ones become level-2 headings. Lists keep
 * their nesting, footnotes and endnotes become a numbered Notes section at the end, referenced
 * as [1], [2] … in the text.
 */
export function wordToBody(document: WordDocument, documentTitle: string): WordConversion {
  const counts = emptyDocxCounts();
  const pictures: PendingPicture[] = [];
  const notes: { number: number; note: WordNote | null }[] = [];
  const numbers = new Map<string, number>();
  const context: InlineContext = {
    counts,
    pictures,
    noteNumber: (reference: WordNoteReference) => {
      const key = `${reference.noteType}-${reference.noteId}`;
      const known = numbers.get(key);
      if (known !== undefined) return known;
      const number = numbers.size + 1;
      numbers.set(key, number);
      notes.push({ number, note: document.notes.resolve(reference) });
      if (reference.noteType === 'endnote') counts.endnotes++;
      else counts.footnotes++;
      return number;
    },
  };

  let headline = documentTitle.slice(0, HEADLINE_MAX);
  let headlineTaken = false;
  let standfirst = '';
  const out: BodyNode[] = [];
  // Open lists, outermost first; each is the list node and whether it is numbered.
  let lists: { node: BodyNode; ordered: boolean }[] = [];

  const inlineBlocks = (paragraph: WordParagraph): BodyNode[] => {
    const collector = new InlineCollector(context);
    collector.add(paragraph.children);
    return collector.finish();
  };

  const addToList = (paragraph: WordParagraph, blocks: BodyNode[]): void => {
    const numbering = paragraph.numbering;
    if (!numbering) return;
    const depth = Math.min(Math.max(Number.parseInt(numbering.level, 10) || 0, 0), 8) + 1;
    lists = lists.slice(0, depth);
    if (lists.length === depth && lists[depth - 1]?.ordered !== numbering.isOrdered) lists = lists.slice(0, depth - 1);
    while (lists.length < depth) {
      const list: BodyNode = { type: numbering.isOrdered ? 'orderedList' : 'bulletList', content: [] };
      const parent = lists[lists.length - 1];
      if (parent) {
        const items = parent.node.content ?? [];
        if (items.length === 0) items.push({ type: 'listItem', content: [{ type: 'paragraph' }] });
        items[items.length - 1]?.content?.push(list);
        parent.node.content = items;
      } else {
        out.push(list);
      }
      lists.push({ node: list, ordered: numbering.isOrdered });
    }
    const content = blocks[0]?.type === 'paragraph' ? blocks : [{ type: 'paragraph' as const }, ...blocks];
    lists[lists.length - 1]?.node.content?.push({ type: 'listItem', content });
  };

  // The figures of the Word paragraph just converted: a Caption paragraph right after one picture is its caption.
  let previousFigures: BodyNode[] = [];
  const convertBlocks = (blocks: readonly WordBlock[]): void => {
    for (const block of blocks) {
      const figuresBefore = previousFigures;
      previousFigures = [];
      if (block.type === 'table') {
        counts.tables++;
        lists = [];
        for (const row of block.children) for (const cell of row.children) convertBlocks(cell.children);
        lists = [];
        continue;
      }
      const role = roleOf(block, counts);
      const blocks = inlineBlocks(block);
      if (blocks.length === 0) continue;
      previousFigures = blocks.filter((b) => b.type === 'figure');
      if (block.numbering && (role === 'plain' || role === 'other')) {
        addToList(block, blocks);
        continue;
      }
      lists = [];
      const first = blocks[0];
      const text = first?.type === 'paragraph' ? plainText(first.content ?? []) : '';
      if ((role === 'title' || role === 'h1') && !headlineTaken && text !== '' && text.length <= HEADLINE_MAX && (headline === '' || sameText(headline, text))) {
        headline = text;
        headlineTaken = true;
        out.push(...blocks.slice(1));
        continue;
      }
      if (role === 'subtitle' && standfirst === '' && text !== '' && text.length <= STANDFIRST_MAX && out.length === 0) {
        standfirst = text;
        counts.subtitleAsStandfirst = true;
        out.push(...blocks.slice(1));
        continue;
      }
      const captioned = figuresBefore.length === 1 ? figuresBefore[0] : undefined;
      if (role === 'caption' && captioned && captioned.attrs?.caption === '' && first?.type === 'paragraph') {
        captioned.attrs = { ...captioned.attrs, caption: text.slice(0, 2_000) };
        out.push(...blocks.slice(1));
        continue;
      }
      out.push(...blocks.map((b) => styled(b, role)));
    }
  };

  convertBlocks(document.children);
  // Headings before the headline was found keep their place; no Title or Heading 1 at all
  // falls back to the first heading of any level.
  if (headline === '') {
    const index = out.findIndex((n) => n.type === 'heading');
    const candidate = index >= 0 ? plainText(out[index]?.content ?? []) : '';
    if (candidate !== '' && candidate.length <= HEADLINE_MAX) {
      headline = candidate;
      out.splice(index, 1);
    }
  }
  out.push(...notesSection(notes, context));
  return { headline, standfirst, body: out, pictures, counts };
}

function styled(block: BodyNode, role: ParagraphRole): BodyNode {
  if (block.type !== 'paragraph') return block;
  if (role === 'title' || role === 'h1' || role === 'h2') return { type: 'heading', attrs: { level: 2 }, content: block.content ?? [] };
  if (role === 'h3') return { type: 'heading', attrs: { level: 3 }, content: block.content ?? [] };
  if (role === 'quote') return { type: 'blockquote', content: [block] };
  return block;
}

/** "Notes" and a numbered list; item n is the note referenced as [n]. */
function notesSection(notes: { number: number; note: WordNote | null }[], context: InlineContext): BodyNode[] {
  if (notes.length === 0) return [];
  const items = notes.map(({ note }): BodyNode => {
    const blocks: BodyNode[] = [];
    for (const block of note?.body ?? []) {
      if (block.type !== 'paragraph') continue;
      const collector = new InlineCollector(context);
      collector.add(block.children);
      blocks.push(...collector.finish());
    }
    const content = blocks[0]?.type === 'paragraph' ? blocks : [{ type: 'paragraph' as const }, ...blocks];
    return { type: 'listItem', content };
  });
  return [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Notes' }] },
    { type: 'orderedList', attrs: { start: 1 }, content: items },
  ];
}
