/**
 * IPTC-IIM Date Created (2:55, `CCYYMMDD`) plus Time Created (2:60, `HHMMSS±HHMM`) as ISO 8601,
 * e.g. "20170713" + "170100+0000" -> "2017-07-13T17:01:00+00:00". Unknown month/day ("00") shorten
 * the date ("2017", "2017-07"); a value that is not a date gives null.
 */
export function iimDateToIso(date: string | null | undefined, time: string | null | undefined): string | null {
  const d = /^(\d{4})(\d{2})(\d{2})$/.exec(date?.trim() ?? '');
  if (!d) return null;
  const [, year, month, day] = d as unknown as [string, string, string, string];
  if (year === '0000') return null;
  if (month === '00') return year;
  if (day === '00') return `${year}-${month}`;
  const t = /^(\d{2})(\d{2})(\d{2})(?:([+-])(\d{2})(\d{2}))?$/.exec(time?.trim() ?? '');
  if (!t) return `${year}-${month}-${day}`;
  const [, hh, mm, ss, sign, zh, zm] = t;
  return `${year}-${month}-${day}T${hh}:${mm}:${ss}${sign ? `${sign}${zh}:${zm}` : ''}`;
}
