/**
 * A revision's time, short enough for a narrow panel: the time alone today ("14:05"),
 * else day and month ("12 Jun, 14:05"), with the year when it is not this year.
 */
export function formatRevisionTime(iso: string, now: Date = new Date(), locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'unknown time';
  const time: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
  const sameDay = date.getFullYear() === now.getFullYear() && date.getMonth() === now.getMonth() && date.getDate() === now.getDate();
  if (sameDay) return date.toLocaleTimeString(locale, time);
  const year = date.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' as const };
  return date.toLocaleString(locale, { day: 'numeric', month: 'short', ...year, ...time });
}
