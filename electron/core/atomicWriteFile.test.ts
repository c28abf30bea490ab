import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { atomicWriteFile, isAtomicTempName } from './atomicWriteFile.ts';
import { nodeFs, type CoreFs } from './coreFs.ts';
import { createFaultyFs, type FaultCode } from './testing/faultyFs.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'nd-atomic-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The real file system, counting the handles it opened and the ones closed, to catch a leak. */
function countingFs(): CoreFs & { open_: number; closed: number } {
  const counts = { open_: 0, closed: 0 };
  return Object.assign(counts, nodeFs, {
    open: async (file: string, flags: string, mode?: number) => {
      const handle = await nodeFs.open(file, flags, mode);
      counts.open_++;
      return {
        writeFile: (data: string | Uint8Array) => handle.writeFile(data),
        readFile: () => handle.readFile(),
        sync: () => handle.sync(),
        close: () => handle.close().finally(() => counts.closed++),
      };
    },
  });
}

async function tempsIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter(isAtomicTempName);
}

describe('atomicWriteFile', () => {
  it('creates a file, then replaces it whole, leaving no temp file and no open handle', async () => {
    const dir = await mkdtemp(path.join(root, 'w-'));
    const file = path.join(dir, 'story.json');
    const fs = countingFs();
    await atomicWriteFile(file, 'first version\n', fs);
    expect(await readFile(file, 'utf8')).toBe('first version\n');
    const bytes = Buffer.from('second version, longer than the first\n');
    await atomicWriteFile(file, bytes, fs);
    expect(await readFile(file)).toEqual(bytes);
    expect(await tempsIn(dir)).toEqual([]);
    await vi.waitFor(() => expect(fs.closed).toBe(fs.open_));
    // Per save: the temp file and, off Windows, the folder; the second save also held the file it replaced.
    expect(fs.open_).toBe(process.platform === 'win32' ? 2 : 5);
  });

  it('on a file system that refuses to rename over an open file (an SMB mount), lets go of the old file and renames again', async () => {
    const dir = await mkdtemp(path.join(root, 'smb-'));
    const file = path.join(dir, 'story.json');
    await writeFile(file, 'old version\n');
    const inner = countingFs();
    const openOnTarget = new Set<number>();
    let refused = 0;
    let nextId = 0;
    // Like an SMB mount: a rename onto a file someone has open fails with EBUSY.
    const smbLike: CoreFs = {
      ...inner,
      open: async (name, flags, mode) => {
        const handle = await inner.open(name, flags, mode);
        if (name !== file) return handle;
        const id = nextId++;
        openOnTarget.add(id);
        return { ...handle, close: () => handle.close().finally(() => openOnTarget.delete(id)) };
      },
      rename: async (from, to) => {
        if (to === file && openOnTarget.size > 0) {
          refused++;
          throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${from}' -> '${to}'`), { code: 'EBUSY' });
        }
        await inner.rename(from, to);
      },
    };
    await atomicWriteFile(file, 'new version\n', smbLike);
    expect(await readFile(file, 'utf8')).toBe('new version\n');
    expect(refused).toBe(process.platform === 'win32' ? 0 : 1);
    expect(await tempsIn(dir)).toEqual([]);
    await vi.waitFor(() => expect(inner.closed).toBe(inner.open_));
  });

  it('creates the temp file alone, and opens the folder and the replaced file only once its fsync is under way', async () => {
    const faulty = createFaultyFs(countingFs());
    const dir = await mkdtemp(path.join(root, 'order-'));
    const file = path.join(dir, 'story.json');
    await writeFile(file, 'old');
    faulty.resetCalls();
    await atomicWriteFile(file, 'new', faulty);
    const seen = faulty.calls.map((call) => `${call.name} ${call.path === dir ? 'folder' : call.path === file ? 'target' : 'temp'}`);
    expect(seen.slice(0, 3)).toEqual(['open temp', 'handle.writeFile temp', 'handle.sync temp']);
    // Named so the sweep finds it if a crash strands it.
    expect(isAtomicTempName(path.basename(faulty.calls[0]?.path ?? ''))).toBe(true);
    if (process.platform !== 'win32') {
      expect(seen.slice(3, 5).sort()).toEqual(['open folder', 'open target']);
      expect(seen.indexOf('rename temp')).toBeGreaterThan(4);
      expect(seen.indexOf('handle.sync folder')).toBeGreaterThan(seen.indexOf('rename temp'));
    }
  });

  it('fails on a missing folder with the file system’s error, opening nothing', async () => {
    const fs = countingFs();
    const missing = path.join(root, 'no-such-folder', 'story.json');
    await expect(atomicWriteFile(missing, 'words', fs)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(fs.open_).toBe(0);
  });

  it('for every call failing, once or from then on: old or new bytes whole, every handle closed, no temp left after a single fault', async () => {
    const inner = countingFs();
    const faulty = createFaultyFs(inner);
    const dir = await mkdtemp(path.join(root, 'f-'));
    const file = path.join(dir, 'story.json');
    await writeFile(file, 'old');
    faulty.resetCalls();
    await atomicWriteFile(file, 'old', faulty);
    const calls = faulty.calls.length;
    const renameAt = faulty.calls.findIndex((call) => call.name === 'rename') + 1;
    expect(calls).toBe(process.platform === 'win32' ? 5 : 10);
    const codes: FaultCode[] = ['ENOSPC', 'EIO'];
    for (let n = 1; n <= calls; n++) {
      for (const code of codes) {
        for (const mode of ['once', 'persistent'] as const) {
          const label = `call ${n} (${faulty.calls[n - 1]?.name ?? '?'}) ${code} ${mode}`;
          await writeFile(file, 'old');
          faulty.resetCalls();
          faulty.fail({ code, mode, atCall: n });
          const ok = await atomicWriteFile(file, 'new', faulty).then(
            () => true,
            (error: unknown) => {
              expect(error, label).toMatchObject({ code });
              return false;
            },
          );
          faulty.clearFault();
          const onDisk = await readFile(file, 'utf8');
          // A failure up to the rename keeps the old file; after it, the new one is in place (but the save reports the failure).
          expect(onDisk, label).toBe(ok || n > renameAt ? 'new' : 'old');
          if (mode === 'once') expect(await tempsIn(dir), label).toEqual([]);
          await vi.waitFor(() => expect(inner.closed, label).toBe(inner.open_));
          for (const temp of await tempsIn(dir)) await rm(path.join(dir, temp));
        }
      }
    }
  });
});
