import { describe, expect, it } from 'vitest';
import { resolveDataPaths } from './dataPaths.ts';

describe('resolveDataPaths', () => {
  it('uses ~/.config on Linux, or XDG_CONFIG_HOME when it is absolute', () => {
    const plain = resolveDataPaths({ env: {}, platform: 'linux', homedir: '/home/ana' });
    expect(plain).toEqual({
      dataDir: '/home/ana/.config/Newsdesk',
      libraryDir: '/home/ana/.config/Newsdesk/Library',
      settingsFile: '/home/ana/.config/Newsdesk/settings.json',
      defaultExportDir: '/home/ana/Documents/Newsdesk Exports',
      exportDirOverride: null,
    });
    expect(resolveDataPaths({ env: { XDG_CONFIG_HOME: '/xdg' }, platform: 'linux', homedir: '/home/ana' }).dataDir).toBe('/xdg/Newsdesk');
    // The XDG spec says a relative value is invalid.
    expect(resolveDataPaths({ env: { XDG_CONFIG_HOME: 'rel/dir' }, platform: 'linux', homedir: '/home/ana' }).dataDir).toBe(
      '/home/ana/.config/Newsdesk',
    );
  });

  it('uses Application Support on macOS', () => {
    const paths = resolveDataPaths({ env: { XDG_CONFIG_HOME: '/ignored' }, platform: 'darwin', homedir: '/Users/ana' });
    expect(paths.dataDir).toBe('/Users/ana/Library/Application Support/Newsdesk');
    expect(paths.libraryDir).toBe('/Users/ana/Library/Application Support/Newsdesk/Library');
    expect(paths.defaultExportDir).toBe('/Users/ana/Documents/Newsdesk Exports');
  });

  it('uses %APPDATA% on Windows, with Windows separators', () => {
    const paths = resolveDataPaths({ env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, platform: 'win32', homedir: 'C:\\Users\\ana' });
    expect(paths.dataDir).toBe('C:\\Users\\ana\\AppData\\Roaming\\Newsdesk');
    expect(paths.settingsFile).toBe('C:\\Users\\ana\\AppData\\Roaming\\Newsdesk\\settings.json');
    expect(paths.libraryDir).toBe('C:\\Users\\ana\\AppData\\Roaming\\Newsdesk\\Library');
    expect(paths.defaultExportDir).toBe('C:\\Users\\ana\\Documents\\Newsdesk Exports');
    expect(resolveDataPaths({ env: {}, platform: 'win32', homedir: 'C:\\Users\\ana' }).dataDir).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Newsdesk',
    );
  });

  it('lets NEWSDESK_* variables override everything, and the libraryDir setting override the default library', () => {
    const env = { NEWSDESK_DATA_DIR: '/data', NEWSDESK_LIBRARY: '/lib', NEWSDESK_EXPORT_DIR: '/out', XDG_CONFIG_HOME: '/xdg' };
    expect(resolveDataPaths({ env, platform: 'linux', homedir: '/home/ana', libraryDirSetting: '/setting-lib' })).toEqual({
      dataDir: '/data',
      libraryDir: '/lib',
      settingsFile: '/data/settings.json',
      defaultExportDir: '/out',
      exportDirOverride: '/out',
    });
    const fromSetting = resolveDataPaths({ env: { NEWSDESK_DATA_DIR: '/data' }, platform: 'linux', homedir: '/h', libraryDirSetting: '/shared/lib' });
    expect(fromSetting.libraryDir).toBe('/shared/lib');
    // A relative setting cannot be trusted to mean the same folder on every start.
    expect(resolveDataPaths({ env: {}, platform: 'linux', homedir: '/h', libraryDirSetting: 'lib' }).libraryDir).toBe('/h/.config/Newsdesk/Library');
  });

  it('treats empty variables as unset', () => {
    const paths = resolveDataPaths({ env: { NEWSDESK_DATA_DIR: '', NEWSDESK_LIBRARY: '  ' }, platform: 'linux', homedir: '/h' });
    expect(paths.dataDir).toBe('/h/.config/Newsdesk');
    expect(paths.libraryDir).toBe('/h/.config/Newsdesk/Library');
  });
});
