import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Where the Electron binary is, or why there is none: `require('electron')` throws when it was never downloaded. */
export function findElectronBinary(): { path: string; reason: null } | { path: null; reason: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    if (typeof path !== 'string') return { path: null, reason: 'the electron package did not report a binary path' };
    if (!existsSync(path)) return { path: null, reason: `${path} does not exist` };
    return { path, reason: null };
  } catch (error) {
    return { path: null, reason: error instanceof Error ? error.message : String(error) };
  }
}
