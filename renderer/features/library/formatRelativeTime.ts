import { formatCount } from '@shared/text/formatCount.ts';

const UNITS: [unit: string, seconds: number, last: string, next: string][] = [
  ['year', 365 * 24 * 3600, 'last year', 'next year'],
  ['month', 30 * 24 * 3600, 'last month', 'next month'],
  ['week', 7 * 24 * 3600, 'last week', 'next week'],
  ['day', 24 * 3600, 'yesterday', 'tomorrow'],
  ['hour', 3600, '1 hour ago', 'in 1 hour'],
  ['minute', 60, '1 minute ago', 'in 1 minute'],
];

/**
 * "just now", "5 minutes ago", "yesterday", "in 2 hours": the English of
 * `Intl.RelativeTimeFormat('en', { numeric: 'auto' })`, written out because the library list is
 * drawn at start-up, and a page's first Intl call pays for ICU's set-up (30–70 ms on the
 * benchmark machine) before anything shows.
 */
export function formatRelativeTime(iso: string, now: Date = new Date()): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return 'unknown time';
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < 45) return 'just now';
  const [unit, size, last, next] = UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? UNITS[UNITS.length - 1];
  // Rounded as Intl rounds the signed value: -1.5 units is "1 … ago", +1.5 is "in 2 …".
  const count = Math.abs(Math.round(seconds / size));
  if (count === 1) return seconds < 0 ? last : next;
  return seconds < 0 ? `${formatCount(count)} ${unit}s ago` : `in ${formatCount(count)} ${unit}s`;
}

/** A full local date and time, for the tooltip beside a relative time. */
export function formatAbsoluteTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' });
}
