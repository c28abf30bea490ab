import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ApiError } from '@shared/api/apiError.ts';
import type { Settings } from '@shared/api/contract.ts';
import { DEFAULT_SPELLCHECK_LANGUAGE } from '@shared/api/defaultSpellcheckLanguage.ts';
import { describeIssues } from '@shared/story/describeIssues.ts';
import { atomicWriteFile } from './atomicWriteFile.ts';
import { fsErrorToApiError, isNodeFsError } from './fsErrorToApiError.ts';
import { guardFs } from './guardFs.ts';
import { pathExists } from './pathExists.ts';
import { SerializeByKey } from './serializeByKey.ts';

/**
 * settings.json on disk. Every field is optional (missing = default), and unknown
 * fields (e.g. from a newer Newsdesk) are kept when the file is rewritten.
 */
const settingsFileSchema = z.looseObject({
  exportDir: z.string().min(1).max(4_096).optional(),
  defaultByline: z.string().max(120).optional(),
  /** Where the library lives; read at start-up only (NEWSDESK_LIBRARY wins). */
  libraryDir: z.string().min(1).max(4_096).optional(),
  /** A house-rules file the desk shares (absolute path); else `<dataDir>/house-rules.json`. */
  houseRulesFile: z.string().min(1).max(4_096).optional(),
  smartTypography: z.boolean().optional(),
  spellcheckLanguage: z.string().min(2).max(35).optional(),
});
type SettingsFile = z.infer<typeof settingsFileSchema>;

export interface SettingsStoreOptions {
  settingsFile: string;
  /** Export folder when settings.json names none. */
  defaultExportDir: string;
  /** NEWSDESK_EXPORT_DIR: when set, it wins over the saved export folder. */
  exportDirOverride?: string | null;
  now?: () => Date;
}

/**
 * The user's settings in `<dataDir>/settings.json`, validated and written atomically.
 * A file that cannot be read is renamed aside (`settings.json.damaged-<time>`) and the
 * defaults are used; it is never silently overwritten.
 */
export class SettingsStore {
  readonly settingsFile: string;
  private readonly defaultExportDir: string;
  private readonly exportDirOverride: string | null;
  private readonly now: () => Date;
  private readonly lock = new SerializeByKey();
  /** Set when a damaged settings file was moved aside, so the host can tell the user. */
  lastDamagedFile: string | null = null;

  constructor({ settingsFile, defaultExportDir, exportDirOverride = null, now = () => new Date() }: SettingsStoreOptions) {
    this.settingsFile = settingsFile;
    this.defaultExportDir = defaultExportDir;
    this.exportDirOverride = exportDirOverride;
    this.now = now;
  }

  /** The current settings, defaults filled in. */
  async get(): Promise<Settings> {
    return this.lock.run('settings', async () => this.toSettings(await this.readFile()));
  }

  /** The `libraryDir` saved in settings.json, if any (used once at start-up). */
  async libraryDirSetting(): Promise<string | null> {
    return this.lock.run('settings', async () => (await this.readFile()).libraryDir ?? null);
  }

  /** The `houseRulesFile` saved in settings.json, if any (an absolute path; a relative one is ignored). */
  async houseRulesFileSetting(): Promise<string | null> {
    const file = await this.lock.run('settings', async () => (await this.readFile()).houseRulesFile ?? null);
    return file !== null && path.isAbsolute(file) ? path.normalize(file) : null;
  }

  /** Changes some settings and saves them; returns the settings now in force. */
  async update(patch: Partial<Settings>): Promise<Settings> {
    if (patch.exportDir !== undefined && !path.isAbsolute(patch.exportDir)) {
      throw new ApiError('bad-input', `The export folder must be a full path (for example ${this.defaultExportDir}), not "${patch.exportDir}".`);
    }
    return this.lock.run('settings', async () => {
      const current = await this.readFile();
      const next: SettingsFile = { ...current };
      if (patch.exportDir !== undefined) next.exportDir = path.normalize(patch.exportDir);
      if (patch.defaultByline !== undefined) next.defaultByline = patch.defaultByline;
      if (patch.smartTypography !== undefined) next.smartTypography = patch.smartTypography;
      if (patch.spellcheckLanguage !== undefined) next.spellcheckLanguage = patch.spellcheckLanguage;
      await guardFs(async () => {
        await mkdir(path.dirname(this.settingsFile), { recursive: true });
        await atomicWriteFile(this.settingsFile, `${JSON.stringify(next, null, 2)}\n`);
      });
      return this.toSettings(next);
    });
  }

  private toSettings(file: SettingsFile): Settings {
    return {
      exportDir: this.exportDirOverride ?? file.exportDir ?? this.defaultExportDir,
      defaultByline: file.defaultByline ?? '',
      smartTypography: file.smartTypography ?? true,
      spellcheckLanguage: file.spellcheckLanguage ?? DEFAULT_SPELLCHECK_LANGUAGE,
    };
  }

  private async readFile(): Promise<SettingsFile> {
    let text: string;
    try {
      text = await readFile(this.settingsFile, 'utf8');
    } catch (error) {
      if (isNodeFsError(error) && error.code === 'ENOENT') return {};
      throw fsErrorToApiError(error);
    }
    const parsed = parseSettingsText(text);
    if (parsed.ok) return parsed.value;
    await this.moveAside(parsed.reason);
    return {};
  }

  private async moveAside(reason: string): Promise<void> {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    let aside = `${this.settingsFile}.damaged-${stamp}`;
    // rename() replaces an existing file, so never reuse the name of an earlier damaged copy.
    for (let n = 2; await pathExists(aside); n++) aside = `${this.settingsFile}.damaged-${stamp}-${n}`;
    await guardFs(() => rename(this.settingsFile, aside));
    this.lastDamagedFile = aside;
    console.warn(`Newsdesk: settings.json could not be read (${reason}); it was kept as ${aside} and the defaults are used.`);
  }
}

function parseSettingsText(text: string): { ok: true; value: SettingsFile } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = settingsFileSchema.safeParse(data);
  if (!result.success) return { ok: false, reason: describeIssues(result.error).join('; ') };
  return { ok: true, value: result.data };
}
