import path from 'node:path';
import { ApiError } from '@shared/api/apiError.ts';
import type { LibraryListing, TrashEntry } from '@shared/api/contract.ts';
import { createStory, newId } from '@shared/story/createStory.ts';
import type { BodyEdit } from '@shared/story/bodyEditSchema.ts';
import type { Story, StoryFields } from '@shared/story/storySchema.ts';
import { applyBodyEdit } from '@shared/story/applyBodyEdit.ts';
import { isBlankStory } from '@shared/story/isBlankStory.ts';
import { atomicWriteFile } from './atomicWriteFile.ts';
import { checkStoryId } from './checkStoryId.ts';
import { nodeFs, type CoreFs } from './coreFs.ts';
import { fsErrorToApiError, isNodeFsError } from './fsErrorToApiError.ts';
import { guardFs } from './guardFs.ts';
import { keepDamagedCopy } from './keepDamagedCopy.ts';
import { LibraryIndex, type ReadStory } from './LibraryIndex.ts';
import { listSubfolders } from './listSubfolders.ts';
import { mapWithConcurrency } from './mapWithConcurrency.ts';
import { onlyStoryFileKept } from './onlyStoryFileKept.ts';
import { MAX_STORY_FILE_BYTES, parseStoryFile } from './parseStoryFile.ts';
import { pathExists } from './pathExists.ts';
import { readTrashEntry, TRASHED_FILE } from './readTrashEntry.ts';
import { sameContent, sameInstant } from './sameContent.ts';
import { SerializeByKey } from './serializeByKey.ts';
import { storyFileBytes } from './storyFileBytes.ts';
import { changedElsewhere, notInLibrary, unreadableError } from './storyLibraryErrors.ts';
import { sweepAtomicTemps } from './sweepAtomicTemps.ts';
import { validateStory } from './validateStory.ts';
import { validateStoryEdits } from './validateStoryEdits.ts';
import { WrittenStoryFiles } from './WrittenStoryFiles.ts';

const STORY_FILE = 'story.json';
const MAX_SLUG = 120;

export interface StoryLibraryOptions {
  /** The library folder; `stories/` and `trash/` live inside it. */
  libraryDir: string;
  /** The clock; tests pass their own. */
  now?: () => Date;
  /** The file system; tests pass a fault-injecting wrapper. Defaults to the real one. */
  fs?: CoreFs;
  /** Quiet time (ms) after a change before the summary index is written (default 1000); null: only on flush()/close(). */
  indexWriteDelayMs?: number | null;
}

/** What {@link StoryLibrary.recover} found and cleaned up when the library was opened. */
export interface RecoveryReport {
  /** Temp files of interrupted writes that were removed. */
  tempFilesRemoved: number;
}

/**
 * The stories on disk: `<library>/stories/<id>/story.json`, trashed ones under
 * `<library>/trash/<id>/`. Every write is atomic; a file that cannot be read is
 * reported as damaged and never overwritten.
 */
export class StoryLibrary {
  readonly libraryDir: string;
  readonly storiesDir: string;
  readonly trashDir: string;
  private readonly now: () => Date;
  private readonly fs: CoreFs;
  /** Temp files a failed write could not remove (the disk was failing); retried before the next write. */
  private readonly strandedTemps = new Set<string>();
  private readonly index: LibraryIndex;
  private readonly lock = new SerializeByKey();
  /** The story files this library wrote last, so that a save can recognise its own file without parsing it. */
  private readonly written = new WrittenStoryFiles();

  constructor({ libraryDir, now = () => new Date(), fs = nodeFs, indexWriteDelayMs = 1000 }: StoryLibraryOptions) {
    this.libraryDir = libraryDir;
    this.storiesDir = path.join(libraryDir, 'stories');
    this.trashDir = path.join(libraryDir, 'trash');
    this.now = now;
    this.fs = fs;
    this.index = new LibraryIndex({
      libraryDir,
      storiesDir: this.storiesDir,
      fs,
      readStory: (id) => this.readStory(id),
      writeDelayMs: indexWriteDelayMs,
      onError: (error) => console.warn(`Newsdesk could not update the library index (a cache; the stories are not affected): ${String(error)}`),
    });
  }

  /** Creates the library folders if they are missing. */
  async ensureFolders(): Promise<void> {
    await guardFs(async () => {
      await this.fs.mkdir(this.storiesDir, { recursive: true });
      await this.fs.mkdir(this.trashDir, { recursive: true });
    });
  }

  /**
   * Cleans up after a crash or power cut: removes the temp files of writes that were
   * interrupted (the story files themselves are always whole, old or new). Call once when
   * the library is opened, before anything is written.
   */
  async recover(): Promise<RecoveryReport> {
    const ids = await guardFs(() => listSubfolders(this.storiesDir, this.fs));
    const trashed = await guardFs(() => listSubfolders(this.trashDir, this.fs));
    const folders = [...ids.map((id) => path.join(this.storiesDir, id)), ...trashed.map((id) => path.join(this.trashDir, id)), this.index.dir];
    const tempFilesRemoved = await guardFs(() => sweepAtomicTemps(folders, this.fs));
    return { tempFilesRemoved };
  }

  /**
   * Lists the stories, newest change first. With a query, only stories whose headline,
   * standfirst and body contain every word (ignoring case and accents). Damaged files are
   * always listed with a reason, so nobody thinks a story vanished. Served from the summary
   * index; when changes made by other programs show is described in LibraryIndex.ts.
   */
  list(query?: string): Promise<LibraryListing> {
    return this.index.list(query);
  }

  /** Resolves when the background check of the story files (started by a listing) is done. */
  idle(): Promise<void> {
    return this.index.idle();
  }

  /** Writes pending changes of the summary index now. */
  flush(): Promise<void> {
    return this.index.flush();
  }

  /** Writes pending changes and stops background work; hosts call it on shutdown. */
  close(): Promise<void> {
    return this.index.close();
  }

  /** One story; 'not-found' if there is none, 'damaged' if its file cannot be read. */
  async get(id: string): Promise<Story> {
    const parsed = await this.readStory(id);
    if (!parsed) throw notInLibrary(id);
    if (!parsed.ok) throw unreadableError(parsed);
    return parsed.story;
  }

  /** A new blank story, saved at once, with the user's default byline. */
  async create(defaultByline: string): Promise<Story> {
    const story = createStory(this.now());
    story.bylines = [defaultByline.slice(0, 120)];
    return this.writeNewStory(story);
  }

  /**
   * Saves a story the editor loaded at `baseUpdatedAt`. Refuses with 'conflict' when the file
   * changed since, with 'damaged' when the file on disk cannot be read (it is kept as it is),
   * and with 'not-found' when the story is no longer in the library (e.g. in the trash).
   * The saved `updatedAt` is now, and always later than the previous one.
   */
  async save(input: Story, baseUpdatedAt: string): Promise<{ updatedAt: string }> {
    const story = validateStory(input);
    return this.lock.run(story.id, async () => {
      // The usual case, an editor saving over its own last save: the file still holds exactly
      // those bytes, so their times are known without parsing and validating the file again.
      const mine = await this.written.unchangedOnDisk(story.id, this.storyFile(story.id), this.fs);
      if (mine && sameInstant(mine.story.updatedAt, baseUpdatedAt)) return this.writeSaved(story, mine.story);
      const onDisk = await this.readStory(story.id);
      if (!onDisk) throw notInLibrary(story.id);
      if (!onDisk.ok) throw unreadableError(onDisk, 'It was not overwritten. ');
      if (!sameInstant(onDisk.story.updatedAt, baseUpdatedAt)) {
        // A retry of a save that failed after its file was already in place (e.g. the folder fsync
        // failed) finds its own words on disk: the same save, not a conflict. Written again, as it
        // was, so that it is surely durable this time.
        if (sameContent(onDisk.story, story)) {
          await this.writeStoryFile(onDisk.story);
          return { updatedAt: onDisk.story.updatedAt };
        }
        throw changedElsewhere(onDisk.story.updatedAt, baseUpdatedAt);
      }
      if (onDisk.migratedFrom !== undefined) {
        // The first save writes the story in the current format: the file as an older Newsdesk
        // wrote it is kept aside first (an older copy of the app elsewhere may still want it).
        const original = await guardFs(() => this.fs.readFile(this.storyFile(story.id)));
        await guardFs(() => keepDamagedCopy(this.fs, this.libraryDir, story.id, original, { area: 'originals', prefix: `format-${onDisk.migratedFrom}-` }));
      }
      return this.writeSaved(story, onDisk.story);
    });
  }

  /**
   * Saves the story's fields and its body's changes since the version saved at `baseUpdatedAt`
   * (see BodyEdit): the body written is that version's with the edit applied. Refuses as save()
   * does. The base is usually the file this process wrote last; otherwise it is read and checked.
   * Returns the story as written.
   */
  async saveEdits(fieldsInput: StoryFields, editInput: BodyEdit, baseUpdatedAt: string): Promise<{ updatedAt: string; story: Story }> {
    const { fields, edit } = validateStoryEdits(fieldsInput, editInput);
    return this.lock.run(fields.id, async () => {
      const base = await this.savedVersion(fields.id, baseUpdatedAt);
      // The base's key order, so that the file reads as a full save writes it.
      const story: Story = { ...base, ...fields, body: applyBodyEdit(base.body, edit) };
      const { updatedAt } = await this.writeSaved(story, base);
      return { updatedAt, story: { ...story, createdAt: base.createdAt, updatedAt } };
    });
  }

  /** The story as saved at `updatedAt`, from this process's last write or, failing that, from disk. */
  private async savedVersion(id: string, updatedAt: string): Promise<Story> {
    const mine = await this.written.unchangedOnDisk(id, this.storyFile(id), this.fs);
    if (mine && sameInstant(mine.story.updatedAt, updatedAt)) return mine.story;
    const onDisk = await this.readStory(id);
    if (!onDisk) throw notInLibrary(id);
    if (!onDisk.ok) throw unreadableError(onDisk, 'It was not overwritten. ');
    if (!sameInstant(onDisk.story.updatedAt, updatedAt)) throw changedElsewhere(onDisk.story.updatedAt, updatedAt);
    // A file in an older format is first kept aside by a full save (save()), which the editor sends instead.
    if (onDisk.migratedFrom !== undefined) throw new ApiError('bad-input', 'This story is stored in an older format; send the whole story to save it.');
    return onDisk.story;
  }

  /** Writes a save over the file whose times are `onDisk`'s: createdAt is the file's, updatedAt now and later than the file's. */
  private async writeSaved(story: Story, onDisk: { createdAt: string; updatedAt: string }): Promise<{ updatedAt: string }> {
    const previous = Date.parse(onDisk.updatedAt);
    const updatedAt = new Date(Math.max(this.now().getTime(), previous + 1)).toISOString();
    // createdAt belongs to the file, not to whatever the editor sends back.
    await this.writeStoryFile({ ...story, createdAt: onDisk.createdAt, updatedAt });
    return { updatedAt };
  }

  /** A copy as a new draft: same headline, slug with "-copy", fresh id and times. */
  async duplicate(id: string): Promise<Story> {
    const source = await this.get(id);
    const time = this.now().toISOString();
    const copy: Story = {
      ...structuredClone(source),
      id: newId(),
      slug: source.slug ? await this.unusedCopySlug(source.slug) : '',
      status: 'draft',
      createdAt: time,
      updatedAt: time,
    };
    return this.writeNewStory(copy);
  }

  /** Moves a story folder (whole, damaged or not) to the trash. */
  async trash(id: string): Promise<{ id: string }> {
    const storyId = checkStoryId(id);
    return this.lock.run(storyId, async () => {
      const parsed = await this.readStory(storyId);
      if (!parsed) throw notInLibrary(storyId);
      const from = path.join(this.storiesDir, storyId);
      const to = path.join(this.trashDir, storyId);
      const headline = parsed.ok ? parsed.story.headline : '(damaged story)';
      await guardFs(async () => {
        await this.fs.mkdir(this.trashDir, { recursive: true });
        if (await pathExists(to, this.fs)) await this.keepOlderTrashedCopy(storyId);
        const marker = path.join(from, TRASHED_FILE);
        await this.atomicWrite(marker, `${JSON.stringify({ trashedAt: this.now().toISOString(), headline }, null, 2)}\n`);
        try {
          await this.fs.rename(from, to);
        } catch (error) {
          await this.fs.rm(marker, { force: true });
          throw error;
        }
      });
      this.index.forget(storyId);
      this.written.forget(storyId);
      return { id: storyId };
    });
  }

  /**
   * Lets go of a story that was never saved since it was made, holds nothing anyone wrote or
   * chose (see isBlankStory), has no history and nothing else in its folder: the "Untitled" drafts
   * a New story left behind when nobody typed in them. Any other story is kept as it is, so
   * nothing written can be lost here, not even by a second window that saved into it meanwhile.
   */
  async discardIfBlank(id: string): Promise<{ discarded: boolean }> {
    const storyId = checkStoryId(id);
    return this.lock.run(storyId, async () => {
      const parsed = await this.readStory(storyId);
      const untouched = parsed?.ok && parsed.story.updatedAt === parsed.story.createdAt && isBlankStory(parsed.story);
      if (!untouched) return { discarded: false };
      const folder = path.join(this.storiesDir, storyId);
      const discarded = await guardFs(async () => {
        if (!(await onlyStoryFileKept(this.fs, this.libraryDir, folder, STORY_FILE, storyId))) return false;
        await this.fs.rm(folder, { recursive: true });
        return true;
      });
      if (discarded) {
        this.index.forget(storyId);
        this.written.forget(storyId);
      }
      return { discarded };
    });
  }

  /** Brings a story back from the trash; 'conflict' if a story with its id is in the library again. */
  async restore(id: string): Promise<{ id: string }> {
    const storyId = checkStoryId(id);
    return this.lock.run(storyId, async () => {
      const from = path.join(this.trashDir, storyId);
      const to = path.join(this.storiesDir, storyId);
      await guardFs(async () => {
        if (!(await pathExists(from, this.fs))) throw new ApiError('not-found', `There is no story ${storyId} in the trash.`);
        if (await pathExists(to, this.fs)) throw new ApiError('conflict', `A story with id ${storyId} is already in the library; nothing was restored.`);
        await this.fs.mkdir(this.storiesDir, { recursive: true });
        await this.fs.rename(from, to);
        await this.fs.rm(path.join(to, TRASHED_FILE), { force: true });
      });
      this.index.forget(storyId);
      return { id: storyId };
    });
  }

  /** The trashed stories, most recently trashed first. */
  async listTrash(): Promise<TrashEntry[]> {
    const names = await guardFs(() => listSubfolders(this.trashDir, this.fs));
    const entries = await mapWithConcurrency(names, 32, (name) => readTrashEntry(this.trashDir, name, this.fs));
    return entries.sort((a, b) => Date.parse(b.trashedAt) - Date.parse(a.trashedAt) || a.id.localeCompare(b.id));
  }

  /**
   * Adds a story from outside (an export file). If its id is already used in the library, the
   * trash or the revisions (a story deleted by hand leaves its history), it gets a new id: nothing
   * is ever overwritten, and an import never inherits another story's history.
   * It keeps its createdAt; its updatedAt is the import's time, so the library, newest change
   * first, lists it at the top where the person who imported it looks for it.
   */
  async importStory(input: Story): Promise<Story> {
    const story = { ...validateStory(input), updatedAt: this.now().toISOString() };
    const usedIn = [this.storiesDir, this.trashDir, path.join(this.libraryDir, 'revisions')];
    const taken = (await Promise.all(usedIn.map((dir) => pathExists(path.join(dir, story.id), this.fs)))).some(Boolean);
    return this.writeNewStory(taken ? { ...story, id: newId() } : story);
  }

  /** Writes a story into a folder of its own; if its id turns out to be taken, under a new id. */
  private async writeNewStory(input: Story): Promise<Story> {
    let story = input;
    await guardFs(async () => {
      await this.fs.mkdir(this.storiesDir, { recursive: true });
      for (;;) {
        try {
          // Without `recursive`, mkdir fails on an existing folder: a new story never lands on an old one.
          await this.fs.mkdir(path.join(this.storiesDir, story.id));
          return;
        } catch (error) {
          if (!isNodeFsError(error) || error.code !== 'EEXIST') throw error;
          story = { ...story, id: newId() };
        }
      }
    });
    await this.writeStoryFile(story);
    return story;
  }

  private async writeStoryFile(story: Story): Promise<void> {
    const bytes = storyFileBytes(story);
    // Forgotten first: if the write fails, the file holds the old bytes or the new ones, and only a full read can tell.
    this.written.forget(story.id);
    await guardFs(() => this.atomicWrite(this.storyFile(story.id), bytes));
    this.written.remember(story.id, { bytes, story });
    this.index.put(story);
  }

  /** An atomic write through this library's file system, first retrying the removal of temp files earlier failures left. */
  private async atomicWrite(file: string, data: string | Uint8Array): Promise<void> {
    for (const temp of [...this.strandedTemps]) {
      await this.fs.rm(temp, { force: true }).then(
        () => this.strandedTemps.delete(temp),
        () => undefined, // still failing: the write below will report the disk's state
      );
    }
    await atomicWriteFile(file, data, this.fs, { onStrandedTemp: (temp) => this.strandedTemps.add(temp) });
  }

  /**
   * Reads and checks a story file; null when the story folder or file does not exist. Bytes are
   * checked as they are (a flipped bit must not be decoded into "�" and saved back), nothing is
   * written to the story folder, and a damaged file's bytes are kept aside in `damaged/`.
   */
  private async readStory(id: string): Promise<ReadStory | null> {
    const storyId = checkStoryId(id);
    const file = this.storyFile(storyId);
    try {
      const { size } = await this.fs.stat(file);
      if (size > MAX_STORY_FILE_BYTES) {
        const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;
        return { ok: false, kind: 'damaged', reason: `story.json is ${mb(size)}, more than any story can be (${mb(MAX_STORY_FILE_BYTES)}); it was not read.` };
      }
      const bytes = await this.fs.readFile(file);
      const parsed = parseStoryFile(bytes, storyId);
      if (parsed.ok || parsed.kind !== 'damaged') return parsed;
      // Best effort: a full or read-only disk must not stop the library from listing the story as damaged.
      const keptAs = await keepDamagedCopy(this.fs, this.libraryDir, storyId, bytes).catch(() => undefined);
      return keptAs ? { ...parsed, keptAs } : parsed;
    } catch (error) {
      if (isNodeFsError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) {
        if (await pathExists(path.join(this.storiesDir, storyId), this.fs)) {
          return { ok: false, reason: 'story.json is missing from the story folder.', kind: 'damaged' };
        }
        return null;
      }
      throw fsErrorToApiError(error);
    }
  }

  /**
   * An older trashed copy with the same id is kept, never deleted: it moves to a folder of its own
   * and, when readable, becomes a story of that new id, so restoring it gives a working story.
   */
  private async keepOlderTrashedCopy(storyId: string): Promise<void> {
    const newId = `${storyId.slice(0, 48)}-${this.now().getTime()}`;
    const folder = path.join(this.trashDir, newId);
    await this.fs.rename(path.join(this.trashDir, storyId), folder);
    const file = path.join(folder, STORY_FILE);
    const parsed = parseStoryFile(await this.fs.readFile(file).catch(() => new Uint8Array()), storyId);
    if (parsed.ok) await this.atomicWrite(file, storyFileBytes({ ...parsed.story, id: newId }));
  }

  private async unusedCopySlug(slug: string): Promise<string> {
    const used = new Set((await this.list()).stories.map((s) => s.slug));
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '-copy' : `-copy-${n}`;
      const candidate = `${slug.slice(0, MAX_SLUG - suffix.length).replace(/-+$/, '')}${suffix}`;
      if (!used.has(candidate)) return candidate;
    }
  }

  private storyFile(id: string): string {
    return path.join(this.storiesDir, id, STORY_FILE);
  }
}
