import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/apiError.ts';
import { fsErrorToApiError, isNodeFsError } from './fsErrorToApiError.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'nd-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
}

/** The shape Node gives system errors; used for codes a test cannot provoke (full disk, read-only mount). */
function systemError(code: string, syscall: string, file: string): Error {
  return Object.assign(new Error(`${code}: failed, ${syscall} '${file}'`), { code, syscall, path: file, errno: -1 });
}

describe('fsErrorToApiError', () => {
  it('maps a real missing file to not-found', async () => {
    const error = await caught(readFile(path.join(root, 'nope.json')));
    expect(isNodeFsError(error)).toBe(true);
    const mapped = fsErrorToApiError(error);
    expect(mapped.code).toBe('not-found');
    expect(mapped.message).toContain('nope.json');
  });

  it('maps a real path under a file (ENOTDIR) to bad-input', async () => {
    await writeFile(path.join(root, 'file'), 'x');
    const mapped = fsErrorToApiError(await caught(mkdir(path.join(root, 'file', 'sub'))));
    expect(mapped.code).toBe('bad-input');
    expect(mapped.message).toContain('is a file, not a folder');
  });

  it('maps read-only and full-disk codes with the folder in the message', () => {
    for (const code of ['EROFS', 'EACCES', 'EPERM']) {
      const mapped = fsErrorToApiError(systemError(code, 'open', '/media/usb/Library/stories/x/story.json'));
      expect(mapped.code).toBe('read-only');
      expect(mapped.message).toBe('The folder “/media/usb/Library/stories/x” is read-only; nothing was written.');
    }
    expect(fsErrorToApiError(systemError('EACCES', 'mkdir', '/srv/lib/stories')).message).toContain('“/srv/lib”');
    expect(fsErrorToApiError(systemError('EACCES', 'scandir', '/srv/lib/stories')).message).toContain('“/srv/lib/stories”');
    for (const code of ['ENOSPC', 'EDQUOT']) {
      expect(fsErrorToApiError(systemError(code, 'write', '/data/a.json')).code).toBe('disk-full');
    }
  });

  it('keeps ApiErrors and wraps anything else as internal with its message', () => {
    const original = new ApiError('conflict', 'changed elsewhere');
    expect(fsErrorToApiError(original)).toBe(original);
    const mapped = fsErrorToApiError(systemError('EMFILE', 'open', '/x'));
    expect(mapped.code).toBe('internal');
    expect(mapped.message).toContain('EMFILE');
    expect(fsErrorToApiError(new Error('boom')).message).toContain('boom');
  });
});

describe('fsErrorToApiError for a failing disk and for errors without a path', () => {
  it('explains an I/O error in words, naming the folder', () => {
    const mapped = fsErrorToApiError(systemError('EIO', 'rename', '/data/Library/stories/x/.story.json.abc.tmp'));
    expect(mapped.code).toBe('internal');
    expect(mapped.message).toBe(
      'The disk holding “/data/Library/stories/x” reported a read/write error, so this did not complete. Check the disk (or its cable or network connection) and try again.',
    );
  });

  it('never says “(unknown)” when an open file’s error carries no path', () => {
    const pathless = (code: string): Error => Object.assign(new Error(`${code}: failed, write`), { code, syscall: 'write', errno: -1 });
    expect(fsErrorToApiError(pathless('ENOSPC')).message).toBe('The disk is full; nothing was written. Free some space and try again.');
    expect(fsErrorToApiError(pathless('EACCES')).message).toBe('A folder Newsdesk writes to is read-only; nothing was written.');
    expect(fsErrorToApiError(pathless('EIO')).message).toMatch(/^The disk reported a read\/write error/);
  });
});
