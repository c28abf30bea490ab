import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStory } from '@shared/story/createStory.ts';
import { nodeFs, type CoreFs } from './coreFs.ts';
import { WrittenStoryFiles } from './WrittenStoryFiles.ts';

const file = (text: string, updatedAt = '2026-01-01T00:00:00.000Z') => ({ bytes: Buffer.from(text), story: { ...createStory(new Date('2025-12-31T00:00:00.000Z')), updatedAt } });

describe('WrittenStoryFiles', () => {
  it('matches exactly the bytes last written for a story, and nothing else', () => {
    const written = new WrittenStoryFiles();
    written.remember('a', file('{"v":1}'));
    written.remember('a', file('{"v":2}', '2026-01-02T00:00:00.000Z'));
    expect(written.matching('a', Buffer.from('{"v":2}'))?.story.updatedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(written.matching('a', Buffer.from('{"v":1}'))).toBeNull();
    expect(written.matching('a', Buffer.from('{"v":3}'))).toBeNull();
    expect(written.matching('b', Buffer.from('{"v":2}'))).toBeNull();
    expect(written.sizeOf('a')).toBe(7);
    expect(written.sizeOf('b')).toBeNull();
  });

  it('forgets a story on request, and the least recently written ones beyond its capacity', () => {
    const written = new WrittenStoryFiles(2);
    written.remember('a', file('A'));
    written.remember('b', file('B'));
    written.remember('a', file('A2')); // a is now the newest
    written.remember('c', file('C'));
    expect(written.sizeOf('b')).toBeNull();
    expect(written.matching('a', Buffer.from('A2'))).not.toBeNull();
    expect(written.matching('c', Buffer.from('C'))).not.toBeNull();
    written.forget('c');
    expect(written.matching('c', Buffer.from('C'))).toBeNull();
  });

  it('recognises a file on disk only while it holds exactly the bytes last written, reading no file of another length', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'nd-written-'));
    try {
      const reads: string[] = [];
      const fs: CoreFs = { ...nodeFs, readFile: (p) => (reads.push(p), nodeFs.readFile(p)) };
      const storyFile = path.join(dir, 'story.json');
      const written = new WrittenStoryFiles();
      await writeFile(storyFile, '{"v":1}');
      expect(await written.unchangedOnDisk('a', storyFile, fs)).toBeNull(); // never written here
      expect(reads).toEqual([]);
      written.remember('a', file('{"v":1}'));
      expect((await written.unchangedOnDisk('a', storyFile, fs))?.story.updatedAt).toBe('2026-01-01T00:00:00.000Z');
      await writeFile(storyFile, '{"v":2}'); // same length, other bytes
      expect(await written.unchangedOnDisk('a', storyFile, fs)).toBeNull();
      reads.length = 0;
      await writeFile(storyFile, '{"v":10}'); // another length: not read
      expect(await written.unchangedOnDisk('a', storyFile, fs)).toBeNull();
      expect(reads).toEqual([]);
      await rm(storyFile);
      expect(await written.unchangedOnDisk('a', storyFile, fs)).toBeNull();
      const failing: CoreFs = { ...nodeFs, stat: () => Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })) };
      await expect(written.unchangedOnDisk('a', storyFile, failing)).rejects.toMatchObject({ code: 'internal' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
