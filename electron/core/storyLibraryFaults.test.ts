import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorCode } from '@shared/api/apiError.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { nodeFs } from './coreFs.ts';
import { parseStoryFile } from './parseStoryFile.ts';
import { StoryLibrary } from './StoryLibrary.ts';
import { createFaultyFs, type FaultCode, type FsCallName } from './testing/faultyFs.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'nd-faults-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const faulty = createFaultyFs(nodeFs);
const CODES: readonly FaultCode[] = ['ENOSPC', 'EACCES', 'EIO'];
const MODES = ['once', 'persistent'] as const;
const EXPECTED_CODE: Record<FaultCode, ApiErrorCode> = { ENOSPC: 'disk-full', EACCES: 'read-only', EIO: 'internal' };
const HUMAN: Record<FaultCode, RegExp> = {
  ENOSPC: /^The disk .*is full; nothing was written\. Free some space and try again\.$/,
  EACCES: /^(The folder “.+”|A folder Newsdesk writes to) is read-only; nothing was written\.$/,
  EIO: /^The disk .*reported a read\/write error, so this did not complete\. Check the disk/,
};

function paragraph(text: string) {
  return { type: 'paragraph' as const, content: [{ type: 'text' as const, text }] };
}

/** A library in a folder of its own, holding one story saved once ("version one"). */
async function libraryWithOneStory(): Promise<{ library: StoryLibrary; dir: string; v1: Story; v2: Story; file: string }> {
  faulty.clearFault();
  const dir = await mkdtemp(path.join(root, 'lib-'));
  // The summary index is written only on flush() here, so no background write lands among a save's counted calls
  // (a save itself never writes the index; faults of index writes are tested in LibraryIndex.test.ts).
  const library = new StoryLibrary({ libraryDir: dir, fs: faulty, indexWriteDelayMs: null });
  await library.ensureFolders();
  const blank = await library.create('Staff reporter');
  const draft: Story = { ...blank, headline: 'Version one', body: { type: 'doc', content: [paragraph('The first words.')] } };
  const { updatedAt } = await library.save(draft, blank.updatedAt);
  const v1 = { ...draft, updatedAt };
  const v2: Story = { ...v1, headline: 'Version two', body: { type: 'doc', content: [paragraph('The first words.'), paragraph('And a second paragraph.')] } };
  return { library, dir, v1, v2, file: path.join(dir, 'stories', v1.id, 'story.json') };
}

async function tempFilesIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => name.endsWith('.tmp'));
}

function storyOnDisk(text: string, id: string): Story {
  const parsed = parseStoryFile(text, id);
  if (!parsed.ok) throw new Error(`story.json does not parse: ${parsed.reason}`);
  return parsed.story;
}

/** The calls of one clean save, measured, not assumed. */
async function cleanSaveCalls(): Promise<FsCallName[]> {
  const { library, v1, v2 } = await libraryWithOneStory();
  faulty.resetCalls();
  await library.save(v2, v1.updatedAt);
  return faulty.calls.map((c) => c.name);
}

describe('a save under injected file-system faults', () => {
  it('makes the calls of an atomic write: size check, read, temp write + fsync, rename, folder fsync', async () => {
    const names = await cleanSaveCalls();
    // Off Windows the folder (for its fsync) and the file being replaced (so the rename does not
    // free its blocks) are opened while the temp file's fsync runs; the folder is synced after the rename.
    const expected: FsCallName[] =
      process.platform === 'win32'
        ? ['stat', 'readFile', 'open', 'handle.writeFile', 'handle.sync', 'handle.close', 'rename']
        : ['stat', 'readFile', 'open', 'handle.writeFile', 'handle.sync', 'open', 'open', 'handle.close', 'rename', 'handle.sync', 'handle.close', 'handle.close'];
    expect(names).toEqual(expected);
  });

  it('for every call n of the save, every code, once and from then on: fails clearly, keeps the old file, no temp left, and the same save succeeds on retry', async () => {
    const names = await cleanSaveCalls();
    const renameAt = names.indexOf('rename') + 1;
    // The third open holds the file being replaced; failing it only means the file is not held.
    const opens = names.flatMap((name, i) => (name === 'open' ? [i + 1] : []));
    const holdAt = process.platform === 'win32' ? 0 : (opens[2] ?? 0);
    let cases = 0;
    let harmless = 0;
    for (let n = 1; n <= names.length; n++) {
      for (const code of CODES) {
        for (const mode of MODES) {
          const label = `call ${n} (${names[n - 1]}) ${code} ${mode}`;
          const { library, v1, v2, file } = await libraryWithOneStory();
          const before = await readFile(file, 'utf8');
          faulty.resetCalls();
          faulty.fail({ code, mode, atCall: n });
          const outcome = await library.save(v2, v1.updatedAt).then(
            (value) => ({ ok: true as const, value }),
            (error: unknown) => ({ ok: false as const, error }),
          );
          expect(faulty.failures, label).toBeGreaterThan(0);

          // A close() after a successful fsync cannot lose anything (the bytes are on disk), nor can
          // failing to hold the replaced file, so neither fails the save; every other failing call does.
          const failedNames = mode === 'once' ? [names[n - 1]] : names.slice(n - 1);
          const shouldSucceed = (mode === 'once' && n === holdAt) || failedNames.every((name) => name === 'handle.close');
          expect(outcome.ok, label).toBe(shouldSucceed);
          if (shouldSucceed) harmless++;
          if (!outcome.ok) {
            expect(outcome.error, label).toBeInstanceOf(ApiError);
            const error = outcome.error as ApiError;
            expect(error.code, label).toBe(EXPECTED_CODE[code]);
            expect(error.message, label).toMatch(HUMAN[code]);
          }

          // On disk: the old file, byte for byte, until the rename; after it, exactly the new version.
          const after = await readFile(file, 'utf8');
          if (n <= renameAt && !outcome.ok) {
            expect(after, label).toBe(before);
          } else {
            const onDisk = storyOnDisk(after, v1.id);
            expect({ ...onDisk, updatedAt: '' }, label).toEqual({ ...v2, updatedAt: '' });
          }
          // A single failure never strands a temp file (the cleanup call itself works).
          if (mode === 'once') expect(await tempFilesIn(path.dirname(file)), label).toEqual([]);

          // The fault is gone: the very same save (same base) goes through; no false conflict.
          faulty.clearFault();
          const retried = await library.save(v2, v1.updatedAt);
          const final = storyOnDisk(await readFile(file, 'utf8'), v1.id);
          expect(final, label).toEqual({ ...v2, updatedAt: retried.updatedAt });
          expect(await tempFilesIn(path.dirname(file)), label).toEqual([]);
          // And the story goes on: the next save builds on the retried one.
          const next = await library.save({ ...v2, headline: 'Version three' }, retried.updatedAt);
          expect((await library.get(v1.id)).updatedAt, label).toBe(next.updatedAt);
          cases++;
        }
      }
    }
    expect(cases).toBe(names.length * CODES.length * MODES.length);
    console.log(`fault injection: ${names.length} calls per save, ${cases} fault cases (${harmless} harmless faults saved anyway)`);
  });

  it('still refuses a stale save with different words as a conflict', async () => {
    const { library, v1, v2 } = await libraryWithOneStory();
    await library.save(v2, v1.updatedAt);
    const stale = library.save({ ...v1, headline: 'Someone else’s words' }, v1.updatedAt);
    await expect(stale).rejects.toMatchObject({ code: 'conflict' });
  });

  it('keeps the updatedAt of a save repeated after it landed, so the other window’s base stays valid', async () => {
    const { library, v1, v2 } = await libraryWithOneStory();
    const first = await library.save(v2, v1.updatedAt);
    const repeated = await library.save(v2, v1.updatedAt);
    expect(repeated.updatedAt).toBe(first.updatedAt);
  });
});

describe('StoryLibrary.recover', () => {
  it('removes the temp files of interrupted writes, and nothing else', async () => {
    const { library, dir, v1 } = await libraryWithOneStory();
    const folder = path.join(dir, 'stories', v1.id);
    await writeFile(path.join(folder, '.story.json.0123456789ab.tmp'), '{"torn');
    await writeFile(path.join(folder, '.story.json.ffffffffffff.tmp'), '');
    await mkdir(path.join(dir, 'trash', 'some-old-story'), { recursive: true });
    await writeFile(path.join(dir, 'trash', 'some-old-story', '.trashed.json.abcdefabcdef.tmp'), '');
    await writeFile(path.join(folder, 'notes.tmp'), 'a file of the user, kept');
    await writeFile(path.join(folder, '.story.json.xyz.tmp'), 'not our pattern, kept');

    const report = await library.recover();
    expect(report).toEqual({ tempFilesRemoved: 3 });
    expect((await readdir(folder)).sort()).toEqual(['.story.json.xyz.tmp', 'notes.tmp', 'story.json']);
    expect(await readdir(path.join(dir, 'trash', 'some-old-story'))).toEqual([]);
    expect((await library.get(v1.id)).headline).toBe('Version one');
    expect(await new StoryLibrary({ libraryDir: dir }).recover()).toEqual({ tempFilesRemoved: 0 });
  });
});
