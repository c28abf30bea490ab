import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../electron/core/createCore.ts';
import { nodeFs } from '../../electron/core/coreFs.ts';
import { createFaultyFs, type FaultSpec } from '../../electron/core/testing/faultyFs.ts';
import { createWebServer } from '../../electron/web/createWebServer.ts';

/*
 * A test-only browser host: the same core and web server as `npm run web` (electron/web/start.ts),
 * but the core's file system is a fault-injecting wrapper, steered by JSON lines on stdin:
 *   {"id": 1, "fail": FaultSpec}   arm a fault         -> stdout "fault-ack 1"
 *   {"id": 2, "clear": true}       disarm it           -> stdout "fault-ack 2"
 * Production code carries no test hook; this file is the only place faults come from.
 */
async function main(): Promise<void> {
  const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const fs = createFaultyFs(nodeFs);
  const core = await createCore({ env: process.env, platform: process.platform, homedir: homedir(), hostKind: 'web', version, fs });
  const server = await createWebServer({
    dispatch: (method, input) => core.dispatch(method, input),
    assetPath: (assetId) => core.assets.pathOf(assetId),
    thumbnailPath: (assetId) => core.assets.thumbnailPath(assetId),
    displayPath: (assetId) => core.assets.displayPath(assetId),
    rendererDir: join(repoRoot, 'dist', 'renderer'),
    port: 0,
  });
  console.log(`Newsdesk (fault-injecting test host) is running. Open: ${server.url}`);

  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const command = JSON.parse(line) as { id: number; fail?: FaultSpec; clear?: boolean };
    if (command.fail) fs.fail(command.fail);
    if (command.clear) fs.clearFault();
    console.log(`fault-ack ${command.id} failures=${fs.failures}`);
  });
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error('The fault-injecting host could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
