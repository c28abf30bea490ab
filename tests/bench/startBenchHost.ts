import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopHostProcess, waitForHostUrl } from '../e2e/waitForHostUrl.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A running bench host (see benchHost.ts). */
export interface BenchHost {
  url: string;
  origin: string;
  libraryDir: string;
  stop(): Promise<void>;
}

/**
 * Starts benchHost.ts in a new Node process over `root/library` (data and exports beside it),
 * serving `staticDir`, and resolves once it prints its address.
 */
export async function startBenchHost(root: string, staticDir: string): Promise<BenchHost> {
  const libraryDir = join(root, 'library');
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/benchHost.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NEWSDESK_DATA_DIR: join(root, 'data'),
      NEWSDESK_LIBRARY: libraryDir,
      NEWSDESK_EXPORT_DIR: join(root, 'exports'),
      NEWSDESK_BENCH_STATIC_DIR: staticDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForHostUrl(child, 'bench host', 30_000);
  return {
    url,
    origin: new URL(url).origin,
    libraryDir,
    stop: () => stopHostProcess(child),
  };
}
