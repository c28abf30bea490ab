import { constants } from 'node:os';
import type { CoreFileHandle, CoreFs } from '../coreFs.ts';

/** The failures a test can inject: a full disk, no permission, a failing disk. */
export type FaultCode = 'ENOSPC' | 'EACCES' | 'EIO';

/** Names of the calls counted, e.g. "rename" or "handle.sync". */
export type FsCallName = keyof CoreFs | `handle.${keyof CoreFileHandle}`;

/** One counted call: its number (1-based, since the last resetCalls), name and path. */
export interface FsCall {
  n: number;
  name: FsCallName;
  path: string;
}

export interface FaultSpec {
  code: FaultCode;
  /** 'once': only the first matching call fails; 'persistent': it and every later matching call. */
  mode: 'once' | 'persistent';
  /** Fail from this call number on (as counted since the last resetCalls); default: the next call. */
  atCall?: number;
  /** Only calls of these names count as matching (default: all). */
  names?: readonly FsCallName[];
  /** Only calls whose path contains this text count as matching (default: all). */
  pathIncludes?: string;
}

/** A CoreFs whose calls are counted and can be made to fail. */
export interface FaultyFs extends CoreFs {
  /** The calls made since the last resetCalls. */
  readonly calls: readonly FsCall[];
  resetCalls(): void;
  /** Arms a fault (replacing any armed one). */
  fail(spec: FaultSpec): void;
  /** Disarms the fault; every call works again. */
  clearFault(): void;
  /** How many calls the armed fault (or the last one) made fail. */
  readonly failures: number;
}

const MESSAGES: Record<FaultCode, string> = {
  ENOSPC: 'no space left on device',
  EACCES: 'permission denied',
  EIO: 'i/o error',
};

const SYSCALLS: Record<FsCallName, string> = {
  open: 'open',
  readFile: 'open',
  readTextFile: 'open',
  rename: 'rename',
  rm: 'rm',
  unlink: 'unlink',
  mkdir: 'mkdir',
  stat: 'stat',
  lstat: 'lstat',
  readdir: 'scandir',
  readdirEntries: 'scandir',
  copyFile: 'copyfile',
  'handle.writeFile': 'write',
  'handle.readFile': 'read',
  'handle.sync': 'fsync',
  'handle.close': 'close',
};

/** An error shaped like the ones Node's fs throws (handle calls carry no path, as in Node). */
export function makeFsError(code: FaultCode, name: FsCallName, path: string): NodeJS.ErrnoException {
  const syscall = SYSCALLS[name];
  const isHandleCall = name.startsWith('handle.');
  const message = `${code}: ${MESSAGES[code]}, ${syscall}${isHandleCall ? '' : ` '${path}'`}`;
  const error: NodeJS.ErrnoException = new Error(message);
  error.errno = constants.errno[code] === undefined ? -1 : -constants.errno[code];
  error.code = code;
  error.syscall = syscall;
  if (!isHandleCall) error.path = path;
  return error;
}

/**
 * Wraps a real CoreFs: counts every call, handle calls included, and fails the ones an armed
 * fault selects with a real-looking ENOSPC/EACCES/EIO. A failed call does nothing, except
 * close(), which really closes first (as on Linux, where close frees the descriptor even when
 * it reports an error), so tests do not leak descriptors.
 */
export function createFaultyFs(inner: CoreFs): FaultyFs {
  let calls: FsCall[] = [];
  let fault: (FaultSpec & { from: number; spent: boolean }) | null = null;
  let failures = 0;

  /** Counts a call and returns the error to throw, if the fault selects it. */
  function count(name: FsCallName, path: string): NodeJS.ErrnoException | null {
    const n = calls.length + 1;
    calls.push({ n, name, path });
    if (!fault || fault.spent || n < fault.from) return null;
    if (fault.names && !fault.names.includes(name)) return null;
    if (fault.pathIncludes !== undefined && !path.includes(fault.pathIncludes)) return null;
    if (fault.mode === 'once') fault.spent = true;
    failures++;
    return makeFsError(fault.code, name, path);
  }

  async function call<T>(name: FsCallName, path: string, run: () => Promise<T>): Promise<T> {
    const error = count(name, path);
    if (error) throw error;
    return run();
  }

  function wrapHandle(handle: CoreFileHandle, path: string): CoreFileHandle {
    return {
      writeFile: (data) => call('handle.writeFile', path, () => handle.writeFile(data)),
      readFile: () => call('handle.readFile', path, () => handle.readFile()),
      sync: () => call('handle.sync', path, () => handle.sync()),
      close: async () => {
        const error = count('handle.close', path);
        await handle.close();
        if (error) throw error;
      },
    };
  }

  return {
    open: async (path, flags, mode) => wrapHandle(await call('open', path, () => inner.open(path, flags, mode)), path),
    readFile: (path) => call('readFile', path, () => inner.readFile(path)),
    readTextFile: (path) => call('readTextFile', path, () => inner.readTextFile(path)),
    rename: (from, to) => call('rename', from, () => inner.rename(from, to)),
    rm: (path, options) => call('rm', path, () => inner.rm(path, options)),
    unlink: (path) => call('unlink', path, () => inner.unlink(path)),
    mkdir: (path, options) => call('mkdir', path, () => inner.mkdir(path, options)),
    stat: (path) => call('stat', path, () => inner.stat(path)),
    lstat: (path) => call('lstat', path, () => inner.lstat(path)),
    readdir: (path) => call('readdir', path, () => inner.readdir(path)),
    readdirEntries: (path) => call('readdirEntries', path, () => inner.readdirEntries(path)),
    copyFile: (from, to, mode) => call('copyFile', from, () => inner.copyFile(from, to, mode)),
    get calls() {
      return calls;
    },
    resetCalls() {
      calls = [];
    },
    fail(spec) {
      fault = { ...spec, from: spec.atCall ?? calls.length + 1, spent: false };
      failures = 0;
    },
    clearFault() {
      fault = null;
    },
    get failures() {
      return failures;
    },
  };
}
