import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(repoRoot, 'dist', 'electron');

/*
 * Electron loads CommonJS from a "type": "module" package only as .cjs, and a
 * sandboxed preload must be one self-contained file, so both are bundled.
 * External: `electron` (provided by the runtime) and `sharp` (native binary,
 * loaded from node_modules). electron-store 11 and its `conf` are ESM-only but
 * plain JavaScript without top-level await, so esbuild bundles them into CJS.
 */
const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  tsconfig: join(repoRoot, 'electron', 'tsconfig.json'),
  external: ['electron', 'sharp'],
  logLevel: 'warning',
};

// Main-process code that reads import.meta.url still gets a correct file URL once it is CommonJS.
// (Not for the preload: a sandboxed preload may require nothing but `electron`.)
const importMetaShim: BuildOptions = {
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
};

/** Bundles the main process and the preload into dist/electron/{main,preload}.cjs. */
export async function bundleElectron(): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await Promise.all([
    build({ ...common, ...importMetaShim, entryPoints: [join(repoRoot, 'electron', 'main', 'index.ts')], outfile: join(outDir, 'main.cjs') }),
    build({ ...common, entryPoints: [join(repoRoot, 'electron', 'preload', 'index.ts')], outfile: join(outDir, 'preload.cjs') }),
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  bundleElectron().then(
    () => console.log(`Electron main and preload bundled into ${outDir}`),
    (error: unknown) => {
      console.error('Bundling the Electron main process failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
