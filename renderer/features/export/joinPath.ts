/** Joins a folder and a name with the separator the folder already uses (Windows paths keep backslashes). */
export function joinPath(dir: string, name: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  const trimmed = dir.replace(/[\\/]+$/, '');
  return trimmed === '' ? `${sep}${name}` : `${trimmed}${sep}${name}`;
}
