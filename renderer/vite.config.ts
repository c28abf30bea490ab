import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The story view is a chunk of its own (see app/loadStoryView.ts), loaded once the library is on
 * screen. Announcing it in index.html lets the browser fetch and compile it alongside the entry,
 * instead of only when the app asks for it: the app then only has to run it.
 */
function preloadStoryViewChunk(): Plugin {
  return {
    name: 'newsdesk:preload-story-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return [];
        const chunk = Object.values(bundle).find((item) => item.type === 'chunk' && item.facadeModuleId?.endsWith('/features/story/StoryView.tsx'));
        if (!chunk || chunk.type !== 'chunk') throw new Error('newsdesk:preload-story-view: the StoryView chunk is missing from the build');
        // What the page does not load already (the entry and its own imports are linked by Vite).
        const missing = (file: string): boolean => !html.includes(`/${file}"`);
        const files = [chunk.fileName, ...chunk.imports].filter(missing);
        // The styles of the chunks it imports too: the app's import() waits for every one of them to load.
        const styles = [chunk, ...chunk.imports.map((file) => bundle[file])]
          .flatMap((item) => (item?.type === 'chunk' ? [...(item.viteMetadata?.importedCss ?? [])] : []))
          .filter(missing);
        return [
          ...files.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const })),
          ...styles.map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), preloadStoryViewChunk()],
  resolve: { alias: { '@shared': fileURLToPath(new URL('../shared', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2_000,
  },
});
