import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { StoryLibrary } from '../StoryLibrary.ts';

export interface TempStoryLibrary {
  /** The library folder, new for each test. */
  root: string;
  library: StoryLibrary;
  /** The library's clock (ms), which moves one second on each reading, so "newest first" is deterministic. */
  clock: number;
}

/** A StoryLibrary in a fresh temporary folder for each test of the calling file, removed after it. */
export function useTempStoryLibrary(startsAt = '2020-02-12T10:00:00.000Z'): TempStoryLibrary {
  const state = {} as TempStoryLibrary;
  beforeEach(async () => {
    state.root = await mkdtemp(path.join(os.tmpdir(), 'nd-'));
    state.clock = Date.parse(startsAt);
    state.library = new StoryLibrary({ libraryDir: state.root, now: () => new Date((state.clock += 1000)) });
    await state.library.ensureFolders();
  });
  afterEach(async () => {
    await state.library.close();
    await rm(state.root, { recursive: true, force: true });
  });
  return state;
}
