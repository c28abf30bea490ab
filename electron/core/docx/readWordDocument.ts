import mammoth from 'mammoth';

/*
 * mammoth reads the .docx (styles, numbering, relationships, notes, comments, pictures) into its
 * own document model, and hands that model to `transformDocument` before writing HTML. Newsdesk
 * takes the model there and builds TipTap JSON from it directly: no HTML parser is needed in the
 * core, and nothing that the model knows (underline, a style's name, a bookmark link) is lost in
 * a round trip through HTML. These types describe the part of mammoth 1.x's model Newsdesk reads
 * (node_modules/mammoth/lib/documents.js); mammoth ships no types for it.
 */

export interface WordText {
  type: 'text';
  value: string;
}
export interface WordRun {
  type: 'run';
  children: WordInline[];
  styleId: string | null;
  styleName: string | null;
  isBold: boolean;
  isItalic: boolean;
  isUnderline: boolean;
  isStrikethrough: boolean;
  isAllCaps: boolean;
  isSmallCaps: boolean;
  verticalAlignment: 'baseline' | 'superscript' | 'subscript';
  highlight: string | null;
}
export interface WordHyperlink {
  type: 'hyperlink';
  children: WordInline[];
  href?: string;
  anchor?: string;
}
export interface WordImage {
  type: 'image';
  altText?: string;
  contentType?: string;
  readAsBuffer: () => Promise<Buffer>;
}
export interface WordNoteReference {
  type: 'noteReference';
  noteType: 'footnote' | 'endnote';
  noteId: string;
}
export interface WordBreak {
  type: 'break';
  breakType: 'line' | 'page' | 'column';
}
export interface WordOther {
  type: 'tab' | 'checkbox' | 'commentReference' | 'bookmarkStart';
  checked?: boolean;
  commentId?: string;
}
export type WordInline = WordText | WordRun | WordHyperlink | WordImage | WordNoteReference | WordBreak | WordOther;

export interface WordParagraph {
  type: 'paragraph';
  children: WordInline[];
  styleId: string | null;
  styleName: string | null;
  numbering: { isOrdered: boolean; level: string } | null;
}
export interface WordTable {
  type: 'table';
  children: { type: 'tableRow'; children: { type: 'tableCell'; children: WordBlock[] }[] }[];
}
export type WordBlock = WordParagraph | WordTable;

export interface WordNote {
  noteType: 'footnote' | 'endnote';
  noteId: string;
  body: WordBlock[];
}

export interface WordDocument {
  children: WordBlock[];
  notes: { resolve: (reference: WordNoteReference) => WordNote | null };
  comments: unknown[];
}

export interface ReadWordDocumentResult {
  document: WordDocument;
  /** mammoth's own warnings, e.g. "Unrecognised paragraph style: 'Kicker' (Style ID: Kicker)". */
  warnings: string[];
}

/**
 * Reads a .docx with mammoth. Throws what mammoth throws for a file it cannot read (the caller
 * has already checked that the bytes are a ZIP with a main document part).
 */
export async function readWordDocument(bytes: Uint8Array): Promise<ReadWordDocumentResult> {
  const captured: { document?: WordDocument } = {};
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      // Empty paragraphs are Word's way of adding space; a story has no use for them.
      ignoreEmptyParagraphs: true,
      // Never follow a picture linked to a file outside the .docx.
      externalFileAccess: false,
      transformDocument: (element: unknown) => {
        captured.document = element as WordDocument;
        return element;
      },
    },
  );
  if (!captured.document) throw new Error('mammoth did not produce a document model');
  return { document: captured.document, warnings: result.messages.map((m) => m.message) };
}
