import { isAbsolute, join, relative, sep } from 'node:path';

/**
 * Maps the (still percent-encoded) path of a URL onto a file inside rootDir,
 * or null when it could point anywhere else. Each segment is decoded on its
 * own, so `%2e%2e`, `%2f` and `%5c` cannot smuggle in a `..` or a separator;
 * the result is checked to stay under rootDir as a second line of defence.
 * `/` and the empty path mean `index.html`.
 */
export function resolveStaticPath(urlPath: string, rootDir: string): string | null {
  if (!urlPath.startsWith('/') && urlPath !== '') return null;
  const rawSegments = urlPath.split('/').slice(1);
  if (rawSegments.length === 0 || (rawSegments.length === 1 && rawSegments[0] === '')) return join(rootDir, 'index.html');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (/[/\\\0:]/.test(segment)) return null;
    segments.push(segment);
  }
  const resolved = join(rootDir, ...segments);
  const rel = relative(rootDir, resolved);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return resolved;
}
