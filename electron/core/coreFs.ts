import type { Dirent, MakeDirectoryOptions, RmOptions, Stats } from 'node:fs';
import * as fsp from 'node:fs/promises';

/** An open file, as far as the core uses one (the subset of `fs.promises.FileHandle`). */
export interface CoreFileHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  readFile(): Promise<Buffer>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file-system calls the core's stores make, the subset of `node:fs/promises` they use.
 * Production passes {@link nodeFs}; tests wrap it (see `testing/faultyFs.ts`) to make any call fail.
 * Every method behaves exactly like its `node:fs/promises` namesake, errors included.
 */
export interface CoreFs {
  /** `flags` as `fs.open` takes them: a string such as 'wx', or `fs.constants` bits. */
  open(path: string, flags: string | number, mode?: number): Promise<CoreFileHandle>;
  /** The file's bytes. */
  readFile(path: string): Promise<Buffer>;
  /** The file as UTF-8 text. */
  readTextFile(path: string): Promise<string>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options?: RmOptions): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string, options?: MakeDirectoryOptions): Promise<string | undefined>;
  stat(path: string): Promise<Stats>;
  lstat(path: string): Promise<Stats>;
  /** Names in a folder. */
  readdir(path: string): Promise<string[]>;
  /** Entries in a folder, with their kind. */
  readdirEntries(path: string): Promise<Dirent[]>;
  copyFile(from: string, to: string, mode?: number): Promise<void>;
}

/** The real file system. */
export const nodeFs: CoreFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  readFile: (path) => fsp.readFile(path),
  readTextFile: (path) => fsp.readFile(path, 'utf8'),
  rename: (from, to) => fsp.rename(from, to),
  rm: (path, options) => fsp.rm(path, options),
  unlink: (path) => fsp.unlink(path),
  mkdir: (path, options) => fsp.mkdir(path, options),
  stat: (path) => fsp.stat(path),
  lstat: (path) => fsp.lstat(path),
  readdir: (path) => fsp.readdir(path),
  readdirEntries: (path) => fsp.readdir(path, { withFileTypes: true }),
  copyFile: (from, to, mode) => fsp.copyFile(from, to, mode),
};
