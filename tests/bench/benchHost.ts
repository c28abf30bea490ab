// The browser host for benchmarks: exactly what `npm run web` runs (createCore + createWebServer),
// except that the static folder comes from NEWSDESK_BENCH_STATIC_DIR, so the app's fresh build and
// the bare baseline page are served by the same process and server code.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../electron/core/createCore.ts';
import { createWebServer } from '../../electron/web/createWebServer.ts';

const rendererDir = process.env.NEWSDESK_BENCH_STATIC_DIR;
if (!rendererDir) throw new Error('NEWSDESK_BENCH_STATIC_DIR is not set');
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const core = await createCore({ env: process.env, platform: process.platform, homedir: homedir(), hostKind: 'web', version });
const server = await createWebServer({
  dispatch: (method, input) => core.dispatch(method, input),
  assetPath: (assetId) => core.assets.pathOf(assetId),
  thumbnailPath: (assetId) => core.assets.thumbnailPath(assetId),
  displayPath: (assetId) => core.assets.displayPath(assetId),
  rendererDir,
  port: 0,
});
console.log(`Newsdesk is running. Open: ${server.url}`);
const stop = (): void => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
