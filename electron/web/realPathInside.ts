import { realpath } from 'node:fs/promises';
import { isPathInside } from './isPathInside.ts';

const MISSING = new Set(['ENOENT', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG']);

/**
 * The real path of `file`, every symlink resolved, when it lies inside the
 * real path of one of `roots`; null when it is outside all of them or does
 * not exist. The lexical check on a URL cannot see a symlink inside the
 * renderer build or the assets folder that points elsewhere; this can.
 */
export async function realPathInside(file: string, roots: readonly string[]): Promise<string | null> {
  const real = await realPathOrNull(file);
  if (real === null) return null;
  for (const root of roots) {
    const realRoot = await realPathOrNull(root);
    if (realRoot !== null && isPathInside(real, realRoot)) return real;
  }
  return null;
}

async function realPathOrNull(path: string): Promise<string | null> {
  try {
    return await realpath(path);
  } catch (error) {
    if (MISSING.has((error as NodeJS.ErrnoException).code ?? '')) return null;
    throw error;
  }
}
