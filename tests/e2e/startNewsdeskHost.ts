import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A running browser host over its own temporary library, as a user would start it with `npm run web`. */
export interface NewsdeskHost {
  url: string;
  origin: string;
  dataDir: string;
  libraryDir: string;
  exportDir: string;
  stop(): Promise<void>;
}

export async function startNewsdeskHost(root: string): Promise<NewsdeskHost> {
  const dataDir = join(root, 'data');
  const libraryDir = join(root, 'library');
  const exportDir = join(root, 'exports');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/web/start.ts'], {
    cwd: repoRoot,
    env: { ...process.env, NEWSDESK_DATA_DIR: dataDir, NEWSDESK_LIBRARY: libraryDir, NEWSDESK_EXPORT_DIR: exportDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the web host did not start in 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the web host exited with ${String(code)}:\n${output}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    libraryDir,
    exportDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
