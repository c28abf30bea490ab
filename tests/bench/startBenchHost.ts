import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bench host did not start in 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bench host exited with ${String(code)}:\n${output}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    libraryDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
