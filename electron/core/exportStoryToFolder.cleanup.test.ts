import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStory } from '@shared/story/createStory.ts';
import type * as AtomicWrite from './atomicWriteFile.ts';

// The real file system throughout; only the first write of an exported file is made to fail (as a
// full disk would), once the export has made its folders.
vi.mock('./atomicWriteFile.ts', async (original) => {
  const real = await original<typeof AtomicWrite>();
  return {
    ...real,
    atomicWriteFile: vi.fn(() => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' }))),
  };
});

const { exportStoryToFolder } = await import('./exportStoryToFolder.ts');

let tmp = '';
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'nd-export-cleanup-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('exportStoryToFolder after a failed write', () => {
  it('removes every folder level it made, innermost first, and leaves the folders that were there', async () => {
    const story = { ...createStory(new Date('2026-11-28T10:00:00Z'), 'cleanup-story-0001'), headline: 'Left nothing behind' };
    const outDir = path.join(tmp, 'desk', 'friday', 'late');
    const error = await exportStoryToFolder({ story, outDir, formats: ['html', 'json'], readAsset: () => Promise.reject(new Error('no pictures')) }).catch(
      (e: unknown) => e,
    );
    expect((error as { code?: string }).code).toBe('disk-full');
    expect(existsSync(path.join(tmp, 'desk'))).toBe(false);
    expect(await readdir(tmp)).toEqual([]);
  });
});
