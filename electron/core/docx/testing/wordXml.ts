/*
 * Test-only: WordprocessingML fragments as Word writes them, for building real .docx files in tests
 * (see buildDocx.ts). Text is escaped; everything else is literal Word XML.
 */

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  color?: string;
  highlight?: string;
  superscript?: boolean;
  /** A character style id (w:rStyle). */
  style?: string;
}

/** A run of text: `<w:r><w:rPr>…</w:rPr><w:t>…</w:t></w:r>`. */
export function run(text: string, format: RunFormat = {}): string {
  const props = [
    format.style ? `<w:rStyle w:val="${format.style}"/>` : '',
    format.bold ? '<w:b/>' : '',
    format.italic ? '<w:i/>' : '',
    format.strike ? '<w:strike/>' : '',
    format.color ? `<w:color w:val="${format.color}"/>` : '',
    format.underline ? '<w:u w:val="single"/>' : '',
    format.highlight ? `<w:highlight w:val="${format.highlight}"/>` : '',
    format.superscript ? '<w:vertAlign w:val="superscript"/>' : '',
  ].join('');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

export interface ParagraphOptions {
  /** A paragraph style id, e.g. "Title", "Heading1", "Quote". */
  style?: string;
  /** A list: numId 1 is the bullet list, 2 the numbered list of buildDocx's numbering.xml. */
  list?: { numId: 1 | 2; level?: number };
}

/** A paragraph; `content` is runs and other inline XML, a string is one plain run. */
export function paragraph(content: string | string[], options: ParagraphOptions = {}): string {
  const inner = Array.isArray(content) ? content.join('') : run(content);
  const props = [
    options.style ? `<w:pStyle w:val="${options.style}"/>` : '',
    options.list ? `<w:numPr><w:ilvl w:val="${options.list.level ?? 0}"/><w:numId w:val="${options.list.numId}"/></w:numPr>` : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${inner}</w:p>`;
}

/** A link to an external address; `rId` must be given to buildDocx as a hyperlink relationship. */
export function hyperlink(rId: string, text: string): string {
  return `<w:hyperlink r:id="${rId}" w:history="1">${run(text, { style: 'Hyperlink' })}</w:hyperlink>`;
}

/** A link to a bookmark inside the document. */
export function anchorLink(anchor: string, text: string): string {
  return `<w:hyperlink w:anchor="${anchor}">${run(text)}</w:hyperlink>`;
}

/** An inline picture (DrawingML) with its alt text in wp:docPr/@descr; `rId` names an image relationship. */
export function inlinePicture(rId: string, alt: string, id = 1): string {
  const emu = 914400;
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${emu}" cy="${emu}"/>` +
    `<wp:docPr id="${id}" name="Picture ${id}" descr="${escapeXml(alt)}"/>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
    `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="${id}" name="image${id}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${emu}" cy="${emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>` +
    `</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}

const REVISION = 'w:author="Editor" w:date="2025-06-15T12:00:00Z"';

/** Tracked insertion: text added with Track Changes on. */
export function insertion(id: number, text: string): string {
  return `<w:ins w:id="${id}" ${REVISION}>${run(text)}</w:ins>`;
}

/** Tracked deletion: text removed with Track Changes on (kept in the file as w:delText). */
export function deletion(id: number, text: string): string {
  return `<w:del w:id="${id}" ${REVISION}><w:r><w:delText xml:space="preserve">${escapeXml(text)}</w:delText></w:r></w:del>`;
}

/** A comment anchored on `text`; the comment itself goes into buildDocx's `comments`. */
export function commented(id: number, text: string): string {
  return (
    `<w:commentRangeStart w:id="${id}"/>${run(text)}<w:commentRangeEnd w:id="${id}"/>` +
    `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`
  );
}

/** The reference mark of footnote `id` (1-based, as in buildDocx's `footnotes`). */
export function footnoteReference(id: number): string {
  return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
}

/** The reference mark of endnote `id` (1-based, as in buildDocx's `endnotes`). */
export function endnoteReference(id: number): string {
  return `<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="${id}"/></w:r>`;
}

/** A line break inside a paragraph (Shift+Enter). */
export function lineBreak(): string {
  return '<w:r><w:br/></w:r>';
}

/** A table of plain-text cells. */
export function table(rows: string[][]): string {
  const cols = rows[0]?.length ?? 1;
  const grid = `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(cols)}</w:tblGrid>`;
  const body = rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paragraph(c)}</w:tc>`).join('')}</w:tr>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${body}</w:tbl>`;
}

/** A text box (as Word 2010+ writes it: DrawingML with a VML fallback, both holding the text). */
export function textBox(text: string): string {
  const content = `<w:txbxContent>${paragraph(text)}</w:txbxContent>`;
  return (
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
    `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="914400" cy="457200"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="90" name="Text Box 90"/>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">` +
    `<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx>${content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shape id="TextBox90" type="#_x0000_t202" style="width:72pt;height:36pt"><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
  );
}
