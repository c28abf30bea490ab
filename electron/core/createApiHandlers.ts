import path from 'node:path';
import { ApiError } from '@shared/api/apiError.ts';
import type { ApiHandlers, ExportFormat, ExportResult, HostInfo } from '@shared/api/contract.ts';
import type { Story } from '@shared/story/storySchema.ts';
import type { AssetStore } from './AssetStore.ts';
import { importDocx } from './docx/importDocx.ts';
import type { DataPaths } from './dataPaths.ts';
import { HOUSE_RULES_FILE_NAME, readHouseRulesFile } from './readHouseRulesFile.ts';
import { RevisionStore } from './RevisionStore.ts';
import type { SettingsStore } from './SettingsStore.ts';
import type { StoryLibrary } from './StoryLibrary.ts';

/** Writes `<slug>.html`, `<slug>.json` and `images/` for a story into outDir (see exportStoryToFolder.ts). */
export type ExportStoryToFolder = (args: {
  story: Story;
  outDir: string;
  formats: ExportFormat[];
  readAsset: (assetId: string) => Promise<Buffer>;
  /** Written into the JSON export, e.g. "Newsdesk 0.1.0". */
  generator?: string;
  /** ninjs rendition links become `<ninjsBaseUrl>images/<file>`; without it, the export folder's file: URL. */
  ninjsBaseUrl?: string;
}) => Promise<ExportResult>;

/** Reads an exported story JSON; throws ApiError('bad-input') with details (see shared/export/parseStoryExport.ts). */
export type ParseStoryExport = (json: string) => { story: Story; assetIds: string[] };

/** What the running host can do for the core. */
export interface HostCapabilities {
  kind: HostInfo['kind'];
  version: string;
  canChooseDirectory: boolean;
  /** Shows a native folder picker; resolves null when the user cancels. */
  chooseDirectory: (title?: string) => Promise<string | null>;
}

export interface ApiHandlerDeps {
  library: StoryLibrary;
  assets: AssetStore;
  settings: SettingsStore;
  paths: DataPaths;
  host: HostCapabilities;
  exportStoryToFolder: ExportStoryToFolder;
  parseStoryExport: ParseStoryExport;
  /** The stories' earlier versions; by default kept in the library folder on the real disk. */
  revisions?: RevisionStore;
  /** Where failures that must not fail the user's action are reported; defaults to console.error. */
  log?: (message: string, error: unknown) => void;
}

/** The handler table behind every method of the API contract, shared by the IPC and HTTP hosts. */
export function createApiHandlers(deps: ApiHandlerDeps): ApiHandlers {
  const { library, assets, settings, paths, host } = deps;
  const log = deps.log ?? ((message: string, error: unknown) => console.error(message, error));
  const revisions = deps.revisions ?? new RevisionStore({ libraryDir: library.libraryDir, log });
  /** A revision that cannot be written must not stop a save, an export or an import: the story itself is safe. */
  const keepRevision = async (storyId: string, write: () => Promise<unknown>): Promise<void> => {
    try {
      await write();
    } catch (error) {
      log(`Newsdesk: could not keep a revision of story ${storyId}:`, error);
    }
  };
  return {
    getHostInfo: () =>
      Promise.resolve({
        kind: host.kind,
        version: host.version,
        libraryDir: paths.libraryDir,
        canChooseDirectory: host.canChooseDirectory,
      }),
    listStories: ({ query }) => library.list(query),
    getStory: ({ id }) => library.get(id),
    createStory: async () => library.create((await settings.get()).defaultByline),
    saveStory: async ({ story, baseUpdatedAt }) => {
      const result = await library.save(story, baseUpdatedAt);
      await keepRevision(story.id, () => revisions.maybeSnapshot({ ...story, updatedAt: result.updatedAt }));
      return result;
    },
    saveStoryEdits: async ({ story, body, baseUpdatedAt }) => {
      const saved = await library.saveEdits(story, body, baseUpdatedAt);
      await keepRevision(story.id, () => revisions.maybeSnapshot(saved.story));
      return { updatedAt: saved.updatedAt };
    },
    duplicateStory: ({ id }) => library.duplicate(id),
    trashStory: ({ id }) => library.trash(id),
    discardBlankStory: ({ id }) => library.discardIfBlank(id),
    restoreStory: ({ id }) => library.restore(id),
    listTrash: () => library.listTrash(),
    getAssetInfo: ({ assetId }) => assets.info(assetId),
    importAsset: ({ fileName, bytes }) => assets.put(bytes, fileName),

    exportStory: async ({ id, formats, outDir, ninjsBaseUrl }) => {
      const story = await library.get(id);
      if (outDir !== undefined && !path.isAbsolute(outDir)) {
        throw new ApiError('bad-input', `The export folder must be a full path, not "${outDir}".`);
      }
      await keepRevision(id, () => revisions.snapshot(story, 'before-export'));
      const target = outDir ?? path.join((await settings.get()).exportDir, story.slug || story.id);
      return deps.exportStoryToFolder({
        story,
        outDir: target,
        formats: [...new Set(formats)],
        readAsset: (assetId) => assets.read(assetId),
        generator: `Newsdesk ${host.version}`,
        ...(ninjsBaseUrl !== undefined ? { ninjsBaseUrl } : {}),
      });
    },

    importStory: async ({ json }) => {
      const { story, assetIds } = deps.parseStoryExport(json);
      const unique = [...new Set(assetIds)];
      const present = await Promise.all(unique.map((assetId) => assets.has(assetId)));
      const missing = unique.filter((_, i) => !present[i]);
      if (missing.length > 0) {
        const count = missing.length === 1 ? 'a picture that is' : `${missing.length} pictures that are`;
        throw new ApiError(
          'bad-input',
          `This story uses ${count} not in the library. Add the picture files too (the export's images folder), then import the story again.`,
          missing.map((assetId) => `missing picture: ${assetId}`),
        );
      }
      const imported = await library.importStory(story);
      await keepRevision(imported.id, () => revisions.snapshot(imported, 'imported'));
      return imported;
    },

    importDocx: async ({ fileName, bytes }) => {
      const result = await importDocx({ fileName, bytes, library, assets, defaultByline: (await settings.get()).defaultByline });
      await keepRevision(result.story.id, () => revisions.snapshot(result.story, 'imported'));
      return result;
    },

    getHouseRules: async () => readHouseRulesFile((await settings.houseRulesFileSetting()) ?? path.join(paths.dataDir, HOUSE_RULES_FILE_NAME)),
    getSettings: () => settings.get(),
    updateSettings: (patch) => settings.update(withoutUndefined(patch)),

    listRevisions: ({ id }) => revisions.list(id),
    getRevision: ({ id, revisionId }) => revisions.get(id, revisionId),

    restoreRevision: async ({ id, revisionId, baseUpdatedAt }) => {
      const current = await library.get(id);
      if (Date.parse(current.updatedAt) !== Date.parse(baseUpdatedAt)) {
        throw new ApiError(
          'conflict',
          'This story was changed elsewhere (another window or program) since you opened it. Reload it, then restore the earlier version again.',
          [`on disk: ${current.updatedAt}`, `yours is based on: ${baseUpdatedAt}`],
        );
      }
      const earlier = await revisions.get(id, revisionId);
      // Unlike the other revisions, this one must exist: it is what Undo brings back.
      const undoRevisionId = await revisions.snapshot(current, 'before-restore');
      // Saved like any edit, so a change made elsewhere meanwhile is still refused as a conflict.
      const restored: Story = { ...earlier, id: current.id, createdAt: current.createdAt, updatedAt: current.updatedAt };
      const { updatedAt } = await library.save(restored, baseUpdatedAt);
      return { story: { ...restored, updatedAt }, undoRevisionId };
    },

    chooseDirectory: async ({ title }) => {
      if (!host.canChooseDirectory) {
        throw new ApiError('bad-input', 'This window cannot open a folder picker; type the full path of the folder instead.');
      }
      return { path: await host.chooseDirectory(title) };
    },
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
