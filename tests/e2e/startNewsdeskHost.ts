import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopHostProcess, waitForHostUrl } from './waitForHostUrl.ts';
import type { FaultSpec } from '../../electron/core/testing/faultyFs.ts';

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

/** A host whose core file system fails on command (tests/e2e/faultyHost.ts). */
export interface FaultyNewsdeskHost extends NewsdeskHost {
  /** Arms a fault in the core's file system; resolves once the host has it. */
  fault(spec: FaultSpec): Promise<void>;
  /** Disarms it; resolves with how many calls it made fail. */
  clearFault(): Promise<number>;
}

export interface StartHostOptions {
  /** Start the fault-injecting test host instead of `npm run web`'s entry. */
  faulty?: boolean;
}

export function startNewsdeskHost(root: string): Promise<NewsdeskHost>;
export function startNewsdeskHost(root: string, options: { faulty: true }): Promise<FaultyNewsdeskHost>;
export async function startNewsdeskHost(root: string, options: StartHostOptions = {}): Promise<NewsdeskHost | FaultyNewsdeskHost> {
  const dataDir = join(root, 'data');
  const libraryDir = join(root, 'library');
  const exportDir = join(root, 'exports');
  const entry = options.faulty ? 'tests/e2e/faultyHost.ts' : 'electron/web/start.ts';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: repoRoot,
    env: { ...process.env, NEWSDESK_DATA_DIR: dataDir, NEWSDESK_LIBRARY: libraryDir, NEWSDESK_EXPORT_DIR: exportDir },
    stdio: [options.faulty ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  const url = await waitForHostUrl(child, 'web host', 20_000);
  const host: NewsdeskHost = {
    url,
    origin: new URL(url).origin,
    dataDir,
    libraryDir,
    exportDir,
    stop: () => stopHostProcess(child),
  };
  if (!options.faulty) return host;

  let nextId = 1;
  /** Sends a command to the faulty host and waits for its "fault-ack <id> failures=<n>" line. */
  const command = (body: object): Promise<number> => {
    const id = nextId++;
    return new Promise<number>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`the fault host did not acknowledge command ${id}`)), 10_000);
      const onData = (chunk: Buffer): void => {
        seen += chunk.toString();
        const match = new RegExp(`fault-ack ${id} failures=(\\d+)`).exec(seen);
        if (!match) return;
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(Number(match[1]));
      };
      child.stdout?.on('data', onData);
      child.stdin?.write(`${JSON.stringify({ id, ...body })}\n`);
    });
  };
  return {
    ...host,
    fault: async (spec) => {
      await command({ fail: spec });
    },
    clearFault: () => command({ clear: true }),
  };
}
