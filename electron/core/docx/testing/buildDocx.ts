import JSZip from 'jszip';
import { escapeXml, paragraph, run } from './wordXml.ts';

/*
 * Test-only: builds a real .docx (an OOXML package, as Word writes it) from WordprocessingML,
 * so the importer's tests run on files with real parts, relationships and content types.
 */

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface DocxStyle {
  id: string;
  name: string;
  type: 'paragraph' | 'character';
}

export interface DocxPicture {
  /** The relationship id the document's a:blip uses. */
  rId: string;
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface DocxSpec {
  /** The inner XML of w:body: paragraphs and tables (see wordXml.ts). */
  body: string[];
  /** docProps/core.xml dc:title. */
  title?: string;
  /** Styles beyond the built-in ones buildDocx always declares. */
  styles?: DocxStyle[];
  /** Footnote texts; footnote n (1-based) is referenced with footnoteReference(n). */
  footnotes?: string[];
  endnotes?: string[];
  comments?: { id: number; author: string; text: string }[];
  pictures?: DocxPicture[];
  /** External links: relationship id → address. */
  links?: Record<string, string>;
}

/** Word's own built-in styles, with the names Word gives them. */
const BUILT_IN_STYLES: DocxStyle[] = [
  { id: 'Normal', name: 'Normal', type: 'paragraph' },
  { id: 'Title', name: 'Title', type: 'paragraph' },
  { id: 'Subtitle', name: 'Subtitle', type: 'paragraph' },
  { id: 'Heading1', name: 'heading 1', type: 'paragraph' },
  { id: 'Heading2', name: 'heading 2', type: 'paragraph' },
  { id: 'Heading3', name: 'heading 3', type: 'paragraph' },
  { id: 'Heading4', name: 'heading 4', type: 'paragraph' },
  { id: 'Quote', name: 'Quote', type: 'paragraph' },
  { id: 'Caption', name: 'caption', type: 'paragraph' },
  { id: 'ListParagraph', name: 'List Paragraph', type: 'paragraph' },
  { id: 'FootnoteText', name: 'footnote text', type: 'paragraph' },
  { id: 'EndnoteText', name: 'endnote text', type: 'paragraph' },
  { id: 'CommentText', name: 'annotation text', type: 'paragraph' },
  { id: 'Hyperlink', name: 'Hyperlink', type: 'character' },
  { id: 'FootnoteReference', name: 'footnote reference', type: 'character' },
  { id: 'EndnoteReference', name: 'endnote reference', type: 'character' },
  { id: 'CommentReference', name: 'annotation reference', type: 'character' },
];

function stylesXml(extra: DocxStyle[]): string {
  const styles = [...BUILT_IN_STYLES, ...extra]
    .map((s) => `<w:style w:type="${s.type}" w:styleId="${s.id}"${s.id === 'Normal' ? ' w:default="1"' : ''}><w:name w:val="${escapeXml(s.name)}"/></w:style>`)
    .join('');
  return `${XML_DECL}<w:styles ${W_NS}>${styles}</w:styles>`;
}

/** numId 1: bullets; numId 2: decimal numbers; three levels each. */
function numberingXml(): string {
  const levels = (format: string) =>
    [0, 1, 2].map((l) => `<w:lvl w:ilvl="${l}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${format === 'bullet' ? '•' : `%${l + 1}.`}"/></w:lvl>`).join('');
  return (
    `${XML_DECL}<w:numbering ${W_NS}>` +
    `<w:abstractNum w:abstractNumId="0">${levels('bullet')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1">${levels('decimal')}</w:abstractNum>` +
    `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`
  );
}

function notesXml(kind: 'footnote' | 'endnote', texts: string[]): string {
  const style = kind === 'footnote' ? 'FootnoteText' : 'EndnoteText';
  const ref = kind === 'footnote' ? 'FootnoteReference' : 'EndnoteReference';
  // Word always writes the separator notes -1 and 0 first.
  const separators = `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}><w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`;
  const notes = texts
    .map((text, i) => `<w:${kind} w:id="${i + 1}">${paragraph([`<w:r><w:rPr><w:rStyle w:val="${ref}"/></w:rPr><w:${kind}Ref/></w:r>`, run(` ${text}`)], { style })}</w:${kind}>`)
    .join('');
  return `${XML_DECL}<w:${kind}s ${W_NS}>${separators}${notes}</w:${kind}s>`;
}

function commentsXml(comments: NonNullable<DocxSpec['comments']>): string {
  const items = comments
    .map((c) => `<w:comment w:id="${c.id}" w:author="${escapeXml(c.author)}" w:date="2025-06-15T12:00:00Z" w:initials="E">${paragraph(c.text, { style: 'CommentText' })}</w:comment>`)
    .join('');
  return `${XML_DECL}<w:comments ${W_NS}>${items}</w:comments>`;
}

function coreXml(title: string | undefined): string {
  return (
    `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    `xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `${title !== undefined ? `<dc:title>${escapeXml(title)}</dc:title>` : ''}<dc:creator>Reporter</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-15T12:00:00Z</dcterms:created></cp:coreProperties>`
  );
}

/** The bytes of a .docx made from `spec`. */
export async function buildDocx(spec: DocxSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides: [string, string][] = [
    ['/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
    ['/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'],
    ['/word/numbering.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
  ];
  const rels: string[] = [
    `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rIdNumbering" Type="${REL}/numbering" Target="numbering.xml"/>`,
  ];
  zip.file('word/styles.xml', stylesXml(spec.styles ?? []));
  zip.file('word/numbering.xml', numberingXml());
  zip.file('docProps/core.xml', coreXml(spec.title));

  if (spec.footnotes?.length) {
    zip.file('word/footnotes.xml', notesXml('footnote', spec.footnotes));
    overrides.push(['/word/footnotes.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml']);
    rels.push(`<Relationship Id="rIdFootnotes" Type="${REL}/footnotes" Target="footnotes.xml"/>`);
  }
  if (spec.endnotes?.length) {
    zip.file('word/endnotes.xml', notesXml('endnote', spec.endnotes));
    overrides.push(['/word/endnotes.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml']);
    rels.push(`<Relationship Id="rIdEndnotes" Type="${REL}/endnotes" Target="endnotes.xml"/>`);
  }
  if (spec.comments?.length) {
    zip.file('word/comments.xml', commentsXml(spec.comments));
    overrides.push(['/word/comments.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml']);
    rels.push(`<Relationship Id="rIdComments" Type="${REL}/comments" Target="comments.xml"/>`);
  }
  const defaults = new Map<string, string>([
    ['rels', 'application/vnd.openxmlformats-package.relationships+xml'],
    ['xml', 'application/xml'],
  ]);
  for (const picture of spec.pictures ?? []) {
    zip.file(`word/media/${picture.fileName}`, picture.bytes);
    defaults.set(picture.fileName.slice(picture.fileName.lastIndexOf('.') + 1).toLowerCase(), picture.contentType);
    rels.push(`<Relationship Id="${picture.rId}" Type="${REL}/image" Target="media/${escapeXml(picture.fileName)}"/>`);
  }
  for (const [rId, href] of Object.entries(spec.links ?? {})) {
    rels.push(`<Relationship Id="${rId}" Type="${REL}/hyperlink" Target="${escapeXml(href)}" TargetMode="External"/>`);
  }

  zip.file('word/document.xml', `${XML_DECL}<w:document ${W_NS}><w:body>${spec.body.join('')}<w:sectPr/></w:body></w:document>`);
  zip.file('word/_rels/document.xml.rels', `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  zip.file(
    '_rels/.rels',
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  zip.file(
    '[Content_Types].xml',
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      [...defaults].map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join('') +
      overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
      `</Types>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
