/**
 * A short guess at what a file really is, for error messages such as
 * "notes.jpg is not a JPEG, PNG or WebP picture (it looks like plain text)."
 * Returns null when the bytes give no useful hint.
 */
export function describeFileKind(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 512));
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'a GIF picture';
  if (head.startsWith('%PDF-')) return 'a PDF document';
  if (head.startsWith('BM') && bytes.length > 26) return 'a BMP picture';
  if (head.startsWith('II*\u0000') || head.startsWith('MM\u0000*')) return 'a TIFF picture';
  if (head.slice(4, 12) === 'ftypheic' || head.slice(4, 12) === 'ftypheix' || head.slice(4, 12) === 'ftypmif1') return 'a HEIC picture';
  if (head.slice(4, 12) === 'ftypavif') return 'an AVIF picture';
  if (head.slice(4, 8) === 'ftyp') return 'a video or MP4-style file';
  if (head.startsWith('PK\u0003\u0004')) return 'a ZIP archive (or an Office document)';
  if (head.startsWith('RIFF')) return 'a RIFF file that is not WebP (for example audio or video)';
  const text = head.trimStart().toLowerCase();
  if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg'))) return 'an SVG drawing';
  if (text.startsWith('<!doctype html') || text.startsWith('<html')) return 'a web page (HTML)';
  if (text.startsWith('{') || text.startsWith('[')) return looksLikeText(bytes) ? 'a JSON or text file' : null;
  if (looksLikeText(bytes)) return 'plain text';
  return null;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/** Text if the first KiB decodes as UTF-8 with no control bytes other than tabs and line breaks. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 1024);
  if (sample.length === 0) return false;
  for (const b of sample) {
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) return false;
  }
  try {
    // A sample cut mid-character is fine; only reject real invalid sequences.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}
