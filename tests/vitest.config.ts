import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const alias = { '@shared': fileURLToPath(new URL('../shared', import.meta.url)) };

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          root,
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/crash/**/*.test.ts', 'tests/bench/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'dom',
          root,
          environment: 'jsdom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
