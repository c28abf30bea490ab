/**
 * A folder beside the given one, for when it already holds another story's export:
 * "…/nato" with n = 2 becomes "…/nato-2". The caller counts n up from its own first
 * folder, because a name that already ends in a number ("covid-19") is not a suffix of ours.
 */
export function suggestFolder(dest: string, n: number = 2): string {
  return `${dest.trim().replace(/[\\/]+$/, '')}-${n}`;
}
