// IIM 1:90 "coded character set" = ESC % G, the marker for UTF-8.
const UTF8_MARKER = [0x1c, 0x01, 0x5a, 0x00, 0x03, 0x1b, 0x25, 0x47];

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const windows1252 = new TextDecoder('windows-1252');

/**
 * True when a raw IPTC-IIM block declares UTF-8 (record 1:90 = ESC % G).
 * exifr only reads record 2, so this marker has to be looked for in the raw block.
 */
export function iimDeclaresUtf8(iim: Uint8Array | undefined): boolean {
  if (!iim) return false;
  outer: for (let i = 0; i + UTF8_MARKER.length <= iim.length; i++) {
    for (let j = 0; j < UTF8_MARKER.length; j++) if (iim[i + j] !== UTF8_MARKER[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * exifr has no IPTC charset option: it returns every IIM value decoded as Latin-1.
 * This re-reads those bytes as UTF-8 when the block declares UTF-8 or the bytes are valid
 * UTF-8 (which legacy 8-bit text practically never is), and as Windows-1252 otherwise.
 */
export function decodeIimText(latin1: string, declaresUtf8: boolean): string {
  const bytes = Uint8Array.from(latin1, (ch) => ch.charCodeAt(0) & 0xff);
  if (declaresUtf8) return utf8Lenient.decode(bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    return windows1252.decode(bytes);
  }
}
