import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that a crash, a full disk or a power cut leaves either the
 * old file or the new one, never a torn or empty one: write a temp file in the
 * same folder, fsync it, rename it over the target, then fsync the folder.
 */
export async function atomicWriteFile(target: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let renamed = false;
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    renamed = true;
    await fsyncDir(dir);
  } finally {
    if (!renamed) await rm(temp, { force: true }).catch(() => undefined);
  }
}

async function fsyncDir(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; the rename is durable there once it returns.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
