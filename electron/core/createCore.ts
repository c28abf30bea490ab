import path from 'node:path';
import type { ApiHandlers, HostInfo } from '@shared/api/contract.ts';
import { parseStoryExport } from '@shared/export/parseStoryExport.ts';
import { AssetStore } from './AssetStore.ts';
import { nodeFs, type CoreFs } from './coreFs.ts';
import { createApiHandlers } from './createApiHandlers.ts';
import { resolveDataPaths, type DataPaths } from './dataPaths.ts';
import { dispatchApiCall, type ApiCallResult } from './dispatchApiCall.ts';
import { exportStoryToFolder } from './exportStoryToFolder.ts';
import { RevisionStore } from './RevisionStore.ts';
import { guardFs } from './guardFs.ts';
import { makeFolders } from './makeFolders.ts';
import { SettingsStore } from './SettingsStore.ts';
import { StoryLibrary, type RecoveryReport } from './StoryLibrary.ts';

export interface CreateCoreOptions {
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  homedir: string;
  hostKind: HostInfo['kind'];
  version: string;
  /** A native folder picker (Electron); without it, chooseDirectory is reported as unavailable. */
  chooseDirectory?: (title?: string) => Promise<string | null>;
  /** The file system the library's stores use; tests pass a fault-injecting one. Defaults to the real one. */
  fs?: CoreFs;
}

/** Everything a host needs: the handler table, where things live, and one call entry point. */
export interface Core {
  handlers: ApiHandlers;
  paths: DataPaths;
  library: StoryLibrary;
  /** For serving pictures (custom protocol / HTTP) by validated asset id. */
  assets: AssetStore;
  settings: SettingsStore;
  /** Earlier versions of each story (snapshot before a migration, an export, a restore). */
  revisions: RevisionStore;
  /** The file system the stores write through (for stores added later, e.g. revisions). */
  fs: CoreFs;
  /** What opening the library cleaned up after an earlier crash. */
  recovery: RecoveryReport;
  dispatch: (method: string, input: unknown) => Promise<ApiCallResult>;
  /** Writes what is still pending (the library's summary index); hosts call it before the process ends. */
  close: () => Promise<void>;
}

/**
 * The composition root shared by the Electron and web hosts: resolves the data folders,
 * creates them if needed, and wires the stores into the API handlers.
 */
export async function createCore(options: CreateCoreOptions): Promise<Core> {
  const { env, platform, homedir, hostKind, version, chooseDirectory } = options;
  const firstPaths = resolveDataPaths({ env, platform, homedir });
  const settings = new SettingsStore({
    settingsFile: firstPaths.settingsFile,
    defaultExportDir: firstPaths.defaultExportDir,
    exportDirOverride: firstPaths.exportDirOverride,
  });
  // The library may be moved by a setting, which lives in the data folder resolved above.
  const paths = resolveDataPaths({ env, platform, homedir, libraryDirSetting: await settings.libraryDirSetting() });

  const fs = options.fs ?? nodeFs;
  const library = new StoryLibrary({ libraryDir: paths.libraryDir, fs });
  const assets = new AssetStore(path.join(paths.libraryDir, 'assets'));
  await guardFs(async () => {
    await makeFolders(paths.dataDir);
    await makeFolders(assets.dir);
  });
  await library.ensureFolders();
  const recovery = await library.recover();

  // Its folder is created on first use: a library without history has no revisions folder.
  const revisions = new RevisionStore({ libraryDir: paths.libraryDir, fs });
  const handlers = createApiHandlers({
    library,
    assets,
    settings,
    paths,
    host: {
      kind: hostKind,
      version,
      canChooseDirectory: chooseDirectory !== undefined,
      chooseDirectory: chooseDirectory ?? (() => Promise.resolve(null)),
    },
    exportStoryToFolder,
    parseStoryExport,
    revisions,
  });
  return {
    handlers,
    paths,
    library,
    assets,
    settings,
    revisions,
    fs,
    recovery,
    dispatch: (method, input) => dispatchApiCall(handlers, method, input),
    close: () => library.close(),
  };
}
