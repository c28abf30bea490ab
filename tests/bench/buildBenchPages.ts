import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { BuiltPages } from './benchTypes.ts';
import type { BenchFixtures } from './fixtures/generateBenchFixtures.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the app's renderer (from the working tree, with its own vite config) into
 * bench/.build/renderer, and the bare baseline page into bench/.build/baseline with the
 * fixture documents beside it (`minify: false` for profiles). dist/ is left alone, so a benchmark never races other builds.
 */
export async function buildBenchPages(fixtures: BenchFixtures, options: { minify?: boolean } = {}): Promise<BuiltPages> {
  const rendererDir = join(repoRoot, 'bench', '.build', 'renderer');
  // Profiles build unminified, so the functions in a CPU profile keep their names.
  const minify = options.minify ?? true;
  const baselineDir = join(repoRoot, 'bench', '.build', 'baseline');
  await build({ configFile: join(repoRoot, 'renderer', 'vite.config.ts'), logLevel: 'warn', build: { outDir: rendererDir, emptyOutDir: true, sourcemap: false, minify } });
  await build({ configFile: join(repoRoot, 'tests', 'bench', 'baseline', 'vite.config.ts'), logLevel: 'warn' });
  await mkdir(join(baselineDir, 'docs'), { recursive: true });
  await writeFile(join(baselineDir, 'docs', 'long.json'), JSON.stringify(fixtures.longBaseline));
  await writeFile(join(baselineDir, 'docs', 'short.json'), JSON.stringify(fixtures.shortBaseline));
  return { rendererDir, baselineDir };
}

/** Bytes of the page's scripts and styles as served (raw) and gzipped (level 9), source maps excluded. */
export async function bundleSize(dir: string): Promise<{ raw: number; gzip: number }> {
  const assets = join(dir, 'assets');
  let raw = 0;
  let gzip = 0;
  for (const name of await readdir(assets)) {
    if (!/\.(js|css)$/.test(name)) continue;
    const bytes = await readFile(join(assets, name));
    raw += bytes.byteLength;
    gzip += gzipSync(bytes, { level: 9 }).byteLength;
  }
  return { raw, gzip };
}
