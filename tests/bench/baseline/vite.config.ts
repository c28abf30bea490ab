import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The bare TipTap page, built the way the renderer is (same Vite, same base), into bench/.build/baseline. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../../../bench/.build/baseline', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2_000,
  },
});
