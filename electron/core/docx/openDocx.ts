import JSZip from 'jszip';
import { ApiError } from '@shared/api/apiError.ts';

/** What the package says beyond what mammoth reads: its title, and what Word tracked in its XML. */
export interface DocxFacts {
  /** docProps/core.xml dc:title, trimmed; '' when not set. */
  title: string;
  /** Tracked insertions (w:ins, w:moveTo holding text): mammoth keeps their text. */
  insertions: number;
  /** Tracked deletions (w:del, w:moveFrom holding text): mammoth leaves their text out. */
  deletions: number;
  /** Tracked formatting changes (w:rPrChange, w:pPrChange): the new formatting is what is read. */
  formatChanges: number;
  /** Runs with a colour other than automatic. */
  coloredRuns: number;
  /** Text boxes; mammoth reads their text as paragraphs after the one they sit in. */
  textBoxes: number;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptionInfo" in UTF-16LE: the stream every encrypted OOXML file (a password-protected .docx) has. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.byteLength >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Checks that `bytes` are a .docx Newsdesk can read and reads the facts mammoth does not give.
 * Refuses, with a message a reporter can act on, a password-protected file, an old .doc, a file
 * that is not a Word document at all, and a damaged (e.g. half-downloaded) one.
 */
export async function openDocx(bytes: Uint8Array, name: string): Promise<DocxFacts> {
  if (bytes.byteLength === 0) throw new ApiError('bad-input', `${name} is empty. Nothing was imported.`);
  if (startsWith(bytes, OLE_MAGIC)) {
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTION_INFO)) {
      throw new ApiError(
        'unsupported-media',
        `${name} is protected with a password, so Newsdesk cannot read it. Open it in Word, remove the password (File › Info › Protect Document › Encrypt with Password, then clear it), save, and import it again. Nothing was imported.`,
      );
    }
    throw new ApiError(
      'unsupported-media',
      `${name} is an older Word document (.doc), which Newsdesk cannot read. Open it in Word and save it as a Word Document (.docx), then import that. Nothing was imported.`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new ApiError('unsupported-media', `${name} is not a Word document (.docx). Nothing was imported.`);
  }
  // The central directory first, without unpacking anything: a "zip bomb" (a small file that
  // unpacks to gigabytes) is refused on its declared sizes before any entry is inflated.
  try {
    const unpacked = declaredUnpackedBytes(await JSZip.loadAsync(bytes));
    if (unpacked > MAX_UNPACKED_BYTES) {
      throw new ApiError(
        'too-large',
        `${name} would unpack to ${Math.round(unpacked / 1024 / 1024)} MB, more than any Word document Newsdesk imports (${MAX_UNPACKED_BYTES / 1024 / 1024} MB). Nothing was imported.`,
      );
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw damaged(name, error);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (error) {
    throw damaged(name, error);
  }
  const main = zip.file('word/document.xml');
  if (!main) {
    throw new ApiError('unsupported-media', `${name} is a ZIP file but not a Word document (it has no word/document.xml). Nothing was imported.`);
  }
  let documentXml: string;
  let coreXml: string;
  try {
    documentXml = await main.async('string');
    coreXml = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  } catch (error) {
    throw damaged(name, error);
  }
  return { title: readTitle(coreXml), ...countTrackedMarkup(documentXml) };
}

/** The most a .docx may unpack to, pictures included. */
export const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

/** The sizes the ZIP's central directory declares for its entries (JSZip keeps them on each entry's `_data`). */
function declaredUnpackedBytes(zip: JSZip): number {
  let total = 0;
  zip.forEach((_path, entry) => {
    const size = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
    total += typeof size === 'number' && Number.isFinite(size) ? size : 0;
  });
  return total;
}

function damaged(name: string, error: unknown): ApiError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ApiError(
    'bad-input',
    `${name} is damaged or incomplete and cannot be opened. If it was downloaded or sent by e-mail, fetch it again; if it opens in Word, save it again there. Nothing was imported.`,
    [reason],
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    const code = entity.startsWith('#x') || entity.startsWith('#X') ? parseInt(entity.slice(2), 16) : entity.startsWith('#') ? parseInt(entity.slice(1), 10) : NaN;
    // A code point past Unicode's end is not a character: leave the text as it was written.
    if (!Number.isNaN(code)) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return ENTITIES[entity] ?? whole;
  });
}

/*
 * Core properties and revision marks are not part of mammoth's model, so they are counted in the
 * XML itself. Word always writes these elements with the w: and dc: prefixes; only counts and one
 * plain-text element are read, the document itself is read by mammoth.
 */
function readTitle(coreXml: string): string {
  const match = /<dc:title(?:\s[^>]*)?>([^<]*)<\/dc:title>/.exec(coreXml);
  return match?.[1] ? decodeXmlText(match[1]).replace(/\s+/g, ' ').trim() : '';
}

function countTrackedMarkup(xml: string): Omit<DocxFacts, 'title'> {
  // Word writes a text box twice (DrawingML and a VML fallback); count it once.
  const withoutChoices = xml.replace(/<mc:Choice\b[\s\S]*?<\/mc:Choice>/g, '');
  const count = (pattern: RegExp): number => (withoutChoices.match(pattern) ?? []).length;
  return {
    // Only the elements that hold text; the empty ones mark a paragraph mark that was added or removed.
    insertions: count(/<w:(?:ins|moveTo)\b[^>]*[^/]>/g),
    deletions: count(/<w:(?:del|moveFrom)\b[^>]*[^/]>/g),
    formatChanges: count(/<w:(?:rPrChange|pPrChange)\b/g),
    coloredRuns: count(/<w:color\b[^>]*w:val="(?!auto"|000000")[0-9A-Fa-f]{6}"/g),
    textBoxes: count(/<w:txbxContent\b/g),
  };
}
