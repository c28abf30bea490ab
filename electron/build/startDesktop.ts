import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundleElectron } from './bundleElectron.ts';
import { findElectronBinary } from './findElectronBinary.ts';

/**
 * `npm start`: builds the renderer and the Electron bundles, then opens the
 * desktop app. When the Electron binary was never downloaded it says so, how
 * to get it, and that `npm run web` runs the same app in a browser.
 */
async function main(): Promise<void> {
  const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
  const electronBinary = findElectronBinary();
  if (electronBinary.path === null) {
    console.error(
      [
        'Newsdesk cannot start the desktop app: the Electron binary is not installed.',
        `  (${electronBinary.reason})`,
        'This happens when `npm install` ran without network access or with ELECTRON_SKIP_BINARY_DOWNLOAD=1.',
        'To get it, with network access run either:',
        '  npm install',
        '  node node_modules/electron/install.js',
        'Meanwhile, the very same app runs in your browser:  npm run web',
      ].join('\n'),
    );
    process.exit(1);
  }

  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const renderer = spawnSync(npm, ['run', 'build:renderer'], { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  if (renderer.status !== 0) {
    console.error('Newsdesk cannot start: building the app (npm run build:renderer) failed; see the messages above.');
    process.exit(renderer.status ?? 1);
  }
  await bundleElectron();

  // ELECTRON_RUN_AS_NODE in the environment would turn Electron into plain Node and the window would never open.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electronBinary.path, [repoRoot], { cwd: repoRoot, stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals): void => {
    if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error: unknown) => {
  console.error('Newsdesk could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
