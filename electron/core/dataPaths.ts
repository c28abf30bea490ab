import path from 'node:path';

/** Where Newsdesk keeps its data, resolved once at start-up. */
export interface DataPaths {
  /** Per-user app data folder, `<platform app data>/Newsdesk` unless NEWSDESK_DATA_DIR says otherwise. */
  dataDir: string;
  /** The story library: NEWSDESK_LIBRARY, else the `libraryDir` setting, else `<dataDir>/Library`. */
  libraryDir: string;
  /** `<dataDir>/settings.json`. */
  settingsFile: string;
  /** Export folder used when the user has not chosen one: NEWSDESK_EXPORT_DIR, else `~/Documents/Newsdesk Exports`. */
  defaultExportDir: string;
  /**
   * NEWSDESK_EXPORT_DIR when set. It wins over the `exportDir` setting (as NEWSDESK_LIBRARY wins
   * over `libraryDir`), so tests and desk automation can pin the export folder.
   */
  exportDirOverride: string | null;
}

export interface ResolveDataPathsInput {
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  homedir: string;
  /** The `libraryDir` value from settings.json, if any. */
  libraryDirSetting?: string | null | undefined;
}

const APP_FOLDER = 'Newsdesk';

/**
 * Resolves the data, library, settings and export locations for a platform.
 * Pure apart from resolving relative overrides against the working folder,
 * so it can be tested for Linux, macOS and Windows on any machine.
 */
export function resolveDataPaths({ env, platform, homedir, libraryDirSetting }: ResolveDataPathsInput): DataPaths {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const fromEnv = (name: string): string | null => {
    const value = env[name]?.trim();
    return value ? p.resolve(value) : null;
  };

  const dataDir = fromEnv('NEWSDESK_DATA_DIR') ?? p.join(platformAppDataDir(p, env, platform, homedir), APP_FOLDER);
  const setting = libraryDirSetting?.trim();
  const libraryDir =
    fromEnv('NEWSDESK_LIBRARY') ?? (setting && p.isAbsolute(setting) ? p.normalize(setting) : p.join(dataDir, 'Library'));
  const exportDirOverride = fromEnv('NEWSDESK_EXPORT_DIR');
  return {
    dataDir,
    libraryDir,
    settingsFile: p.join(dataDir, 'settings.json'),
    defaultExportDir: exportDirOverride ?? p.join(homedir, 'Documents', 'Newsdesk Exports'),
    exportDirOverride,
  };
}

function platformAppDataDir(
  p: path.PlatformPath,
  env: Readonly<Record<string, string | undefined>>,
  platform: string,
  homedir: string,
): string {
  if (platform === 'win32') {
    const appData = env.APPDATA?.trim();
    return appData && p.isAbsolute(appData) ? appData : p.join(homedir, 'AppData', 'Roaming');
  }
  if (platform === 'darwin') return p.join(homedir, 'Library', 'Application Support');
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env.XDG_CONFIG_HOME?.trim();
  return xdg && p.isAbsolute(xdg) ? xdg : p.join(homedir, '.config');
}
