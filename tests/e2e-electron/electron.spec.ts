import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../electron/build/findElectronBinary.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const electronBinary = findElectronBinary();
const skipReason =
  electronBinary.path === null
    ? `the Electron binary is not installed (${electronBinary.reason}); run \`node node_modules/electron/install.js\` with network access to run these tests`
    : null;
if (skipReason !== null) console.log(`Skipping the desktop (Electron) tests: ${skipReason}.`);

type BridgeProbe = { newsdesk?: Record<string, unknown> & { getHostInfo(input: object): Promise<unknown> } };

test('the desktop window loads the app, locked down', async () => {
  test.skip(skipReason !== null, skipReason ?? '');
  expect(existsSync(join(repoRoot, 'dist', 'electron', 'main.cjs')), 'run `npm run build` first').toBe(true);

  const root = await mkdtemp(join(tmpdir(), 'nd-electron-'));
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && name !== 'ELECTRON_RUN_AS_NODE') env[name] = value;
  const app = await electron.launch({
    executablePath: electronBinary.path ?? undefined,
    args: [repoRoot],
    env: {
      ...env,
      NEWSDESK_DATA_DIR: join(root, 'data'),
      NEWSDESK_LIBRARY: join(root, 'library'),
      NEWSDESK_EXPORT_DIR: join(root, 'exports'),
    },
  });
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toBe('app://newsdesk/index.html');
    await expect(page.locator('#root > *').first()).toBeVisible();

    // No Node in the page: nodeIntegration off, context isolation on.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');

    // The preload exposes named API methods only, never ipcRenderer or a generic send.
    const bridgeKeys = await page.evaluate(() => Object.keys((window as BridgeProbe).newsdesk ?? {}));
    expect(bridgeKeys).toEqual(expect.arrayContaining(['listStories', 'importAsset', 'onMenuCommand', 'onBeforeClose']));
    for (const forbidden of ['ipcRenderer', 'send', 'invoke', 'on']) expect(bridgeKeys).not.toContain(forbidden);
    const hostInfo = await page.evaluate(() => (window as BridgeProbe).newsdesk?.getHostInfo({}));
    expect(hostInfo).toMatchObject({ ok: true, value: { kind: 'electron', libraryDir: join(root, 'library') } });

    // window.open is denied: no second window appears.
    expect(await page.evaluate(() => window.open('app://newsdesk/index.html') === null)).toBe(true);
    expect(await page.evaluate(() => window.open('about:blank') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);

    // Navigation away from the app is blocked.
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1_000);
    expect(page.url()).toBe('app://newsdesk/index.html');

    // The app protocol serves nothing outside the built renderer.
    const escapes = await page.evaluate(async () =>
      Promise.all(['app://newsdesk/..%2f..%2fpackage.json', 'app://newsdesk/asset/..%2f..%2fpackage.json'].map(async (u) => (await fetch(u)).status)),
    );
    expect(escapes).toEqual([404, 404]);

    // The app protocol sends the CSP as a header, and pictures their own locked-down policy.
    const headers = await page.evaluate(async () => {
      const r = await fetch('app://newsdesk/index.html');
      return { csp: r.headers.get('content-security-policy'), nosniff: r.headers.get('x-content-type-options') };
    });
    expect(headers.csp).toContain("script-src 'self'");
    expect(headers.nosniff).toBe('nosniff');

    // Every permission is refused without asking.
    expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
    expect(await page.evaluate(async () => navigator.mediaDevices.getUserMedia({ video: true }).then(() => 'granted', (e: Error) => e.name))).not.toBe('granted');
  } finally {
    await app.close();
    await rm(root, { recursive: true, force: true });
  }
});
