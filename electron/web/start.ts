import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core/createCore.ts';
import { createWebServer, type WebServer } from './createWebServer.ts';

/**
 * `npm run web`: the whole app in a browser, on this machine only. Serves the
 * built renderer and the same core the desktop app uses.
 */
async function main(): Promise<void> {
  const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
  const rendererDir = join(repoRoot, 'dist', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(
      `Newsdesk cannot start: the app has not been built (${join(rendererDir, 'index.html')} is missing).\n` +
        'Build it first with `npm run build:renderer`, then start Newsdesk again.',
    );
    process.exit(1);
  }

  const port = parsePort(process.env.NEWSDESK_PORT);
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const core = await createCore({ env: process.env, platform: process.platform, homedir: homedir(), hostKind: 'web', version });

  let server: WebServer;
  try {
    server = await createWebServer({
      dispatch: (method, input) => core.dispatch(method, input),
      assetPath: (assetId) => core.assets.pathOf(assetId),
      thumbnailPath: (assetId) => core.assets.thumbnailPath(assetId),
      displayPath: (assetId) => core.assets.displayPath(assetId),
      rendererDir,
      pictureDir: core.assets.dir,
      port,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`Newsdesk cannot start: port ${port} is already in use. Set NEWSDESK_PORT to another port, or leave it unset to pick a free one.`);
      process.exit(1);
    }
    throw error;
  }

  console.log(`Newsdesk is running. Open: ${server.url}`);
  console.log(`Library folder: ${core.paths.libraryDir}`);
  console.log('Keep this window open while you work; press Ctrl+C to stop.');

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\nNewsdesk is stopping (${signal}).`);
    // The library's index is written last, after the final requests (saves) were answered.
    server
      .close()
      .then(() => core.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('Newsdesk did not stop cleanly:', error);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    console.error(`Newsdesk cannot start: NEWSDESK_PORT must be a port number between 1 and 65535, not "${value}".`);
    process.exit(1);
  }
  return port;
}

main().catch((error: unknown) => {
  console.error('Newsdesk could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
