import type { BodyMark, BodyNode } from '@shared/story/bodySchema.ts';
import { SAFE_LINK } from '@shared/story/safeLink.ts';
import { countIn, type DocxCounts } from './DocxCounts.ts';
import type { WordImage, WordInline, WordNoteReference, WordRun } from './readWordDocument.ts';

/** A figure made for a picture in the document; its assetId is filled once the picture is in the library. */
export interface PendingPicture {
  image: WordImage;
  figure: BodyNode;
}

/** What inline conversion shares across the document. */
export interface InlineContext {
  counts: DocxCounts;
  pictures: PendingPicture[];
  /** The number a note reference shows: "[n]", in order of first reference. */
  noteNumber: (reference: WordNoteReference) => number;
}

/** Character styles that carry nothing a reader sees beyond what the run itself says. */
const NEUTRAL_RUN_STYLES = new Set([
  'hyperlink',
  'followedhyperlink',
  'default paragraph font',
  'footnote reference',
  'endnote reference',
  'annotation reference',
  'footnote anchor',
  'endnote anchor',
  'page number',
  'line number',
]);
const BOLD_RUN_STYLES = new Set(['strong', 'intense emphasis', 'book title']);
const ITALIC_RUN_STYLES = new Set(['emphasis', 'subtle emphasis', 'intense emphasis']);

/**
 * The blocks of one Word paragraph: its text with bold, italic and links as marks, split where
 * a picture sits (a figure is a block of its own in a story). Formatting a story cannot hold is
 * counted, never silently dropped.
 */
export class InlineCollector {
  readonly blocks: BodyNode[] = [];
  private current: BodyNode[] = [];

  constructor(private readonly context: InlineContext) {}

  /** Adds Word inline elements under the given marks. */
  add(children: readonly WordInline[], marks: BodyMark[] = []): void {
    for (const child of children) this.addOne(child, marks);
  }

  /** The paragraph text so far, closed into a paragraph block, and the blocks collected. */
  finish(): BodyNode[] {
    this.flush();
    return this.blocks;
  }

  private addOne(child: WordInline, marks: BodyMark[]): void {
    switch (child.type) {
      case 'text':
        this.text(child.value, marks);
        return;
      case 'tab':
        this.text(' ', marks);
        return;
      case 'checkbox':
        this.text(child.checked ? '☒' : '☐', marks);
        return;
      case 'break':
        // Page and column breaks are layout; a line break is part of the text.
        if (child.breakType === 'line') this.current.push({ type: 'hardBreak' });
        return;
      case 'run':
        this.add(child.children, this.runMarks(child, marks));
        return;
      case 'hyperlink':
        this.add(child.children, this.linkMarks(child.href, child.anchor, marks));
        return;
      case 'noteReference':
        this.text(`[${this.context.noteNumber(child)}]`, []);
        return;
      case 'commentReference':
        if (child.commentId !== undefined) this.context.counts.comments.add(child.commentId);
        return;
      case 'image':
        this.picture(child);
        return;
      default:
        // bookmarkStart and anything mammoth may add later: nothing a reader sees.
        return;
    }
  }

  private runMarks(run: WordRun, outer: BodyMark[]): BodyMark[] {
    const counts = this.context.counts;
    const style = (run.styleName ?? run.styleId ?? '').trim();
    const key = style.toLowerCase();
    let bold = run.isBold || BOLD_RUN_STYLES.has(key);
    let italic = run.isItalic || ITALIC_RUN_STYLES.has(key);
    if (style !== '' && !NEUTRAL_RUN_STYLES.has(key) && !BOLD_RUN_STYLES.has(key) && !ITALIC_RUN_STYLES.has(key)) {
      countIn(counts.runStyles, style);
    }
    const hasText = run.children.some((c) => c.type === 'text' && c.value.trim() !== '');
    if (hasText) {
      if (run.isUnderline) counts.underline++;
      if (run.isStrikethrough) counts.strikethrough++;
      if (run.highlight) counts.highlight++;
      if (run.isAllCaps || run.isSmallCaps) counts.capitals++;
      if (run.verticalAlignment !== 'baseline') counts.superSubscript++;
    }
    bold ||= outer.some((m) => m.type === 'bold');
    italic ||= outer.some((m) => m.type === 'italic');
    const link = outer.find((m) => m.type === 'link');
    return [...(bold ? [{ type: 'bold' as const }] : []), ...(italic ? [{ type: 'italic' as const }] : []), ...(link ? [link] : [])];
  }

  private linkMarks(href: string | undefined, anchor: string | undefined, outer: BodyMark[]): BodyMark[] {
    const target = href?.trim() ?? '';
    if (target !== '' && SAFE_LINK.test(target)) return [...outer.filter((m) => m.type !== 'link'), { type: 'link', attrs: { href: target } }];
    if (target !== '') this.context.counts.unsafeLinks++;
    else if (anchor) this.context.counts.bookmarkLinks++;
    return outer;
  }

  private picture(image: WordImage): void {
    this.flush();
    this.context.counts.pictures++;
    const figure: BodyNode = {
      type: 'figure',
      attrs: { assetId: null, caption: '', credit: '', alt: (image.altText ?? '').trim().slice(0, 1_000), creator: '', source: '', copyright: '', usageTerms: '' },
    };
    this.context.pictures.push({ image, figure });
    this.blocks.push(figure);
  }

  private text(value: string, marks: BodyMark[]): void {
    if (value === '') return;
    const last = this.current[this.current.length - 1];
    if (last?.type === 'text' && sameMarks(last.marks ?? [], marks)) {
      last.text = `${last.text ?? ''}${value}`;
      return;
    }
    this.current.push(marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });
  }

  /** Closes the text so far into a paragraph; a paragraph of nothing but spaces is left out. */
  private flush(): void {
    const content = trimEnds(this.current);
    this.current = [];
    if (content.length > 0) this.blocks.push({ type: 'paragraph', content });
  }
}

function sameMarks(a: BodyMark[], b: BodyMark[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Word keeps spaces at either end of a paragraph; a story does not need them. */
function trimEnds(nodes: BodyNode[]): BodyNode[] {
  const out = nodes.map((n) => ({ ...n }));
  while (out[0]?.type === 'hardBreak') out.shift();
  while (out[out.length - 1]?.type === 'hardBreak') out.pop();
  const first = out[0];
  if (first?.type === 'text') first.text = (first.text ?? '').replace(/^\s+/, '');
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text = (last.text ?? '').replace(/\s+$/, '');
  const kept = out.filter((n) => n.type !== 'text' || (n.text ?? '') !== '');
  return kept.some((n) => n.type === 'text') ? kept : [];
}
