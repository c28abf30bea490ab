import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fsErrorToApiError } from './fsErrorToApiError.ts';
import { makeFolders } from './makeFolders.ts';

let tmp = '';
beforeEach(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'nd-makefolders-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('makeFolders', () => {
  it('creates every missing level and returns them outermost first', async () => {
    const deep = path.join(tmp, 'a', 'b', 'c');
    expect(await makeFolders(deep)).toEqual([path.join(tmp, 'a'), path.join(tmp, 'a', 'b'), deep]);
    expect((await stat(deep)).isDirectory()).toBe(true);
  });

  it('creates nothing, and says so, when the folder is there already', async () => {
    expect(await makeFolders(tmp)).toEqual([]);
    await makeFolders(path.join(tmp, 'x'));
    expect(await makeFolders(path.join(tmp, 'x'))).toEqual([]);
  });

  it('refuses a path through a file, naming it, and creates nothing', async () => {
    await writeFile(path.join(tmp, 'file'), 'not a folder');
    const error: unknown = await makeFolders(path.join(tmp, 'file', 'out', 'deeper')).catch((e: unknown) => e);
    expect(fsErrorToApiError(error).message).toMatch(/is a file, not a folder/);
    const itself: unknown = await makeFolders(path.join(tmp, 'file')).catch((e: unknown) => e);
    expect(fsErrorToApiError(itself).message).toContain(path.join(tmp, 'file'));
    expect(existsSync(path.join(tmp, 'file', 'out'))).toBe(false);
  });

  // Node's recursive mkdir never returns here (it loops on a worker thread); this must answer at once.
  it('answers a folder that refuses new entries (/proc) with a clear error instead of looping', async (ctx) => {
    if (!existsSync('/proc/self')) {
      console.log('skipped: this system has no /proc, the folder that refuses new entries with ENOENT');
      ctx.skip();
      return;
    }
    const error: unknown = await makeFolders('/proc/newsdesk-test/out').catch((e: unknown) => e);
    const mapped = fsErrorToApiError(error);
    expect(mapped.code).toBe('read-only');
    expect(mapped.message).toContain('/proc');
  });
});
