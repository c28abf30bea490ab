import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const alias = { '@shared': fileURLToPath(new URL('../shared', import.meta.url)) };

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core CI machine. The slow files
    // (the crash harness, the fuzz run, the bench smoke run, the CLI) mostly wait on child processes and fsync, so
    // a worker per core takes the suite from about 395 s to 275 s there.
    maxWorkers: '100%',
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          root,
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/crash/**/*.test.ts', 'tests/bench/**/*.test.ts'],
          // A guard against hangs: with two files at a time, a test that spawns the CLI a few times took 14 s here.
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'dom',
          root,
          environment: 'jsdom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
