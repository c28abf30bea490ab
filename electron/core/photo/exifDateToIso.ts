/**
 * EXIF DateTimeOriginal (`YYYY:MM:DD HH:MM:SS`) with optional OffsetTimeOriginal (`+02:00`)
 * as ISO 8601 ("2021-03-04T05:06:07+02:00"). Without an offset the time stays local, as the
 * camera wrote it. Blank or malformed values (cameras write "    :  :     ") give null.
 */
export function exifDateToIso(dateTime: unknown, offset: unknown): string | null {
  if (typeof dateTime !== 'string') return null;
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(dateTime.trim());
  if (!m || m[1] === '0000') return null;
  const zone = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset.trim()) ? offset.trim() : '';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`;
}
