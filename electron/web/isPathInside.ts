import { isAbsolute, relative, sep } from 'node:path';

/**
 * True when `child` is `parent` itself or lies below it, judged on the paths
 * as written (no file system access): `/lib/assets/a.png` is inside
 * `/lib/assets`, `/lib/assets-old/a.png` and `/lib/assets/../x` are not.
 */
export function isPathInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  if (rel === '') return true;
  return !isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`);
}
