import type { PictureFileMetadata } from '@shared/api/contract.ts';
import { exifrApi as exifr } from './exifrApi.ts';
import { decodeIimText, iimDeclaresUtf8 } from './decodeIimText.ts';
import { decodeXmlEntities } from './decodeXmlEntities.ts';
import { exifDateToIso } from './exifDateToIso.ts';
import { iimDateToIso } from './iimDateToIso.ts';
import { openImage } from './openImage.ts';

/** What a picture file says about itself; the shape is the contract's, so hosts pass it on unchanged. */
export type PhotoMetadata = PictureFileMetadata;

const NS = {
  dc: 'http://purl.org/dc/elements/1.1/',
  photoshop: 'http://ns.adobe.com/photoshop/1.0/',
  xmpRights: 'http://ns.adobe.com/xap/1.0/rights/',
  Iptc4xmpCore: 'http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/',
} as const;

// Far above any real packet (a JPEG holds at most 64 KB of standard XMP); bounds exifr's regex parser.
const MAX_XMP_BYTES = 512 * 1024;

type Tags = Record<string, unknown>;

/**
 * Reads a picture's caption, credit, creator, source, copyright, usage terms, headline, date and
 * alt text from its XMP, IPTC-IIM and EXIF blocks (parsed by exifr; XMP wins over IIM), plus its
 * displayed size and format. Refuses what openImage refuses (empty, not JPEG/PNG/WebP, > 100 MP).
 * A damaged metadata block does not refuse the picture: its fields stay null and `warnings` says so.
 */
export async function readPhotoMetadata(bytes: Uint8Array, name = 'The picture'): Promise<PhotoMetadata> {
  const image = await openImage(bytes, name);
  const { xmp: xmpBlock, iptc: iimBlock, exif: exifBlock } = image.metadata;
  const warnings: string[] = [];
  const attempt = async (what: string, read: () => Promise<unknown>): Promise<Tags> => {
    try {
      const out = await read();
      return isTags(out) ? out : {};
    } catch (error) {
      warnings.push(`The ${what} metadata in ${name} could not be read (${error instanceof Error ? error.message : String(error)}); those fields were left empty.`);
      return {};
    }
  };

  const xmp = !xmpBlock
    ? {}
    : xmpBlock.length > MAX_XMP_BYTES
      ? (warnings.push(`The XMP metadata in ${name} is larger than ${MAX_XMP_BYTES / 1024} KB and was not read.`), {})
      : await attempt('XMP', () => exifr.sidecar(xmpBlock, {}, 'xmp'));
  const iim = iimBlock ? await attempt('IPTC', () => exifr.sidecar(iimBlock, {}, 'iptc')) : {};
  const exif = exifBlock ? await attempt('EXIF', () => exifr.parse(stripExifHeader(exifBlock), EXIF_OPTIONS)) : {};

  const ns = (key: keyof typeof NS): Tags => namespace(xmp, key, NS[key]);
  const utf8 = iimDeclaresUtf8(iimBlock);
  const fromIim = (key: string): string | null => {
    const parts = toList(iim[key])
      .map((v) => decodeIimText(v, utf8).trim())
      .filter(Boolean);
    return parts.length ? parts.join(', ') : null;
  };
  const exifIfd = isTags(exif.exif) ? exif.exif : {};

  return {
    caption: xmpText(ns('dc').description) ?? fromIim('Caption'),
    creditLine: xmpText(ns('photoshop').Credit) ?? fromIim('Credit'),
    creator: xmpText(ns('dc').creator) ?? fromIim('Byline'),
    source: xmpText(ns('photoshop').Source) ?? fromIim('Source'),
    copyright: xmpText(ns('dc').rights) ?? fromIim('CopyrightNotice'),
    usageTerms: xmpText(ns('xmpRights').UsageTerms),
    headline: xmpText(ns('photoshop').Headline) ?? fromIim('Headline'),
    dateCreated:
      xmpText(ns('photoshop').DateCreated) ??
      iimDateToIso(fromIim('DateCreated'), fromIim('TimeCreated')) ??
      exifDateToIso(exifIfd.DateTimeOriginal, exifIfd.OffsetTimeOriginal),
    altText: xmpText(ns('Iptc4xmpCore').AltTextAccessibility),
    width: image.width,
    height: image.height,
    format: image.format,
    warnings,
  };
}

const EXIF_OPTIONS = {
  tiff: true,
  exif: { pick: ['DateTimeOriginal', 'OffsetTimeOriginal'] },
  gps: false,
  interop: false,
  ifd1: false,
  xmp: false,
  iptc: false,
  icc: false,
  makerNote: false,
  userComment: false,
  reviveValues: false,
  mergeOutput: false,
};

function isTags(value: unknown): value is Tags {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** sharp's EXIF block starts with "Exif\0\0"; exifr wants the TIFF structure after it. */
function stripExifHeader(block: Buffer): Buffer {
  return block.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? block.subarray(6) : block;
}

/** The properties of one XMP namespace, found by its URI (any prefix), else by its usual prefix. */
function namespace(xmp: Tags, prefix: string, uri: string): Tags {
  const declared = isTags(xmp.xmlns) ? xmp.xmlns : {};
  const actual = Object.keys(declared).find((p) => declared[p] === uri) ?? prefix;
  const found = xmp[actual];
  return isTags(found) ? found : {};
}

/**
 * One XMP value as text: a language alternative gives its x-default (else first) entry, a list
 * (rdf:Seq/Bag) is joined with ", ". exifr turns "2017" into a number and leaves entities encoded;
 * both are undone here.
 */
function xmpText(value: unknown): string | null {
  const items = (Array.isArray(value) ? value : [value]).filter((v) => v !== undefined && v !== null);
  const alternatives = items.filter((v): v is Tags => isTags(v) && 'lang' in v);
  if (alternatives.length > 0) {
    const chosen = alternatives.find((v) => String(v.lang).toLowerCase() === 'x-default') ?? alternatives[0];
    return scalarText(chosen?.value);
  }
  const parts = items.map(scalarText).filter((v): v is string => v !== null);
  return parts.length ? parts.join(', ') : null;
}

function scalarText(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return null;
  const text = decodeXmlEntities(String(value)).trim();
  return text === '' ? null : text;
}

function toList(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}
