import { execFile } from 'node:child_process';
import { chmod, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A folder made truly unwritable for a test, and how to undo it. */
export type ReadOnlyFolder = { ok: true; undo: () => Promise<void> } | { ok: false; reason: string };

/**
 * Makes a real folder unwritable. chmod 0o555 does not stop root, so as root the
 * folder is marked immutable with `chattr +i` (EPERM on write) instead. The result
 * is verified by trying to write; when nothing works, the reason says why.
 */
export async function makeFolderReadOnly(dir: string): Promise<ReadOnlyFolder> {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let undo: () => Promise<void>;
  if (!isRoot) {
    await chmod(dir, 0o555);
    undo = () => chmod(dir, 0o755);
  } else {
    try {
      await run('chattr', ['+i', dir]);
    } catch (error) {
      return { ok: false, reason: `running as root and chattr +i failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
    }
    undo = async () => {
      await run('chattr', ['-i', dir]);
    };
  }
  const probe = path.join(dir, '.write-probe');
  try {
    await writeFile(probe, 'x');
  } catch {
    return { ok: true, undo };
  }
  await rm(probe, { force: true });
  await undo();
  return { ok: false, reason: 'the folder stayed writable after chmod/chattr on this file system' };
}
