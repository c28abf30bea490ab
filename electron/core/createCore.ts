import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ApiHandlers, HostInfo } from '@shared/api/contract.ts';
import { parseStoryExport } from '@shared/export/parseStoryExport.ts';
import { AssetStore } from './AssetStore.ts';
import { createApiHandlers } from './createApiHandlers.ts';
import { resolveDataPaths, type DataPaths } from './dataPaths.ts';
import { dispatchApiCall, type ApiCallResult } from './dispatchApiCall.ts';
import { exportStoryToFolder } from './exportStoryToFolder.ts';
import { guardFs } from './guardFs.ts';
import { SettingsStore } from './SettingsStore.ts';
import { StoryLibrary } from './StoryLibrary.ts';

export interface CreateCoreOptions {
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  homedir: string;
  hostKind: HostInfo['kind'];
  version: string;
  /** A native folder picker (Electron); without it, chooseDirectory is reported as unavailable. */
  chooseDirectory?: (title?: string) => Promise<string | null>;
}

/** Everything a host needs: the handler table, where things live, and one call entry point. */
export interface Core {
  handlers: ApiHandlers;
  paths: DataPaths;
  library: StoryLibrary;
  /** For serving pictures (custom protocol / HTTP) by validated asset id. */
  assets: AssetStore;
  settings: SettingsStore;
  dispatch: (method: string, input: unknown) => Promise<ApiCallResult>;
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

  const library = new StoryLibrary({ libraryDir: paths.libraryDir });
  const assets = new AssetStore(path.join(paths.libraryDir, 'assets'));
  await guardFs(async () => {
    await mkdir(paths.dataDir, { recursive: true });
    await mkdir(assets.dir, { recursive: true });
  });
  await library.ensureFolders();

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
  });
  return { handlers, paths, library, assets, settings, dispatch: (method, input) => dispatchApiCall(handlers, method, input) };
}
