import { z } from 'zod';
import { bodyEditSchema } from '../story/bodyEditSchema.ts';
import { assetIdSchema, languageTagSchema, storyFieldsSchema, storyIdSchema, storySchema, type Story } from '../story/storySchema.ts';
import type { StoryStatus } from '../story/storyStatus.ts';
import type { HouseRules } from '../story/houseRules.ts';
import { MAX_ASSET_BYTES, MAX_DOCX_BYTES } from './uploadLimits.ts';

/**
 * The one API contract. Both hosts (Electron IPC and the local HTTP host)
 * serve exactly these methods from one handler table, and validate every
 * input against these schemas before a handler sees it.
 */

const bytes = z.instanceof(Uint8Array, { message: 'expected the bytes of a file' });
const fileName = z.string().min(1).max(255);

/** html: a standalone page; json: the lossless Newsdesk file; ninjs: IPTC ninjs 2.2 for partners (`<slug>.ninjs.json`). */
export const EXPORT_FORMATS = ['html', 'json', 'ninjs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Why a revision of a story was kept. */
export const REVISION_REASONS = ['autosave-interval', 'before-export', 'before-restore', 'imported', 'before-migration'] as const;
export type RevisionReason = (typeof REVISION_REASONS)[number];

/** A revision id: its UTC time to the millisecond, then its reason, e.g. "20250615T120000123Z-before-export". */
export const REVISION_ID = new RegExp(`^\\d{8}T\\d{9}Z-(?:${REVISION_REASONS.join('|')})$`);

export const apiInputs = {
  getHostInfo: z.object({}).strict(),
  listStories: z.object({ query: z.string().max(200).optional() }).strict(),
  getStory: z.object({ id: storyIdSchema }).strict(),
  createStory: z.object({}).strict(),
  saveStory: z.object({ story: storySchema, baseUpdatedAt: z.iso.datetime({ offset: true }) }).strict(),
  /**
   * A save that sends the story's fields and only the body's changed blocks, applied to the body as
   * saved at baseUpdatedAt (autosave uses it after a first full save). Same conflicts as saveStory.
   */
  saveStoryEdits: z.object({ story: storyFieldsSchema, body: bodyEditSchema, baseUpdatedAt: z.iso.datetime({ offset: true }) }).strict(),
  duplicateStory: z.object({ id: storyIdSchema }).strict(),
  trashStory: z.object({ id: storyIdSchema }).strict(),
  /** Removes the story only if it is still blank, with no history (see isBlankStory); any other story is kept. */
  discardBlankStory: z.object({ id: storyIdSchema }).strict(),
  restoreStory: z.object({ id: storyIdSchema }).strict(),
  listTrash: z.object({}).strict(),
  getAssetInfo: z.object({ assetId: assetIdSchema }).strict(),
  importAsset: z.object({ fileName, bytes: bytes.refine((b) => b.byteLength <= MAX_ASSET_BYTES, 'the picture is larger than 80 MB') }).strict(),
  exportStory: z
    .object({
      id: storyIdSchema,
      formats: z.array(z.enum(EXPORT_FORMATS)).min(1).max(EXPORT_FORMATS.length),
      outDir: z.string().min(1).max(4_096).optional(),
      /** Where the pictures will live on the web: ninjs rendition links become `<url>images/<file>`. */
      ninjsBaseUrl: z.string().max(2_000).regex(/^https?:\/\/[^\s]+$/i, 'the pictures’ web address must be an http:// or https:// address').optional(),
    })
    .strict(),
  /** Pictures the story refers to must already be in the library (send them with importAsset first). */
  importStory: z.object({ json: z.string().min(2).max(50 * 1024 * 1024) }).strict(),
  /** A Word document (.docx) becomes a new draft story; its pictures go into the library. */
  importDocx: z.object({ fileName, bytes: bytes.refine((b) => b.byteLength <= MAX_DOCX_BYTES, 'the document is larger than 50 MB') }).strict(),
  getSettings: z.object({}).strict(),
  updateSettings: z
    .object({
      exportDir: z.string().min(1).max(4_096).optional(),
      defaultByline: z.string().max(120).optional(),
      /** Curly quotes, dashes and ellipses while typing. */
      smartTypography: z.boolean().optional(),
      /** The desktop spellchecker's language, a BCP 47 tag such as "en-GB". */
      spellcheckLanguage: languageTagSchema.optional(),
    })
    .strict(),
  chooseDirectory: z.object({ title: z.string().max(200).optional() }).strict(),
  /** The desk's house rules for the checks: read from the rules file each time (a desk may share it). */
  getHouseRules: z.object({}).strict(),
  listRevisions: z.object({ id: storyIdSchema }).strict(),
  getRevision: z.object({ id: storyIdSchema, revisionId: z.string().regex(REVISION_ID) }).strict(),
  /** Snapshots the current version first ('before-restore'), so the restore can be undone. */
  restoreRevision: z.object({ id: storyIdSchema, revisionId: z.string().regex(REVISION_ID), baseUpdatedAt: z.iso.datetime({ offset: true }) }).strict(),
} as const;

export type ApiMethod = keyof typeof apiInputs;

/** A story as the library lists it. */
export interface StorySummary {
  id: string;
  slug: string;
  kicker: string;
  headline: string;
  bylines: string[];
  status: StoryStatus;
  updatedAt: string;
  wordCount: number;
  heroAssetId: string | null;
}

/** A story folder whose file could not be read; shown, never overwritten. */
export interface DamagedStory {
  id: string;
  reason: string;
  /** 'future-version': written by a newer Newsdesk, shown read-only and never written; 'damaged': unreadable. */
  kind: 'damaged' | 'future-version';
  /** Where a copy of the damaged bytes was kept aside, if one could be made. */
  keptAs?: string;
}

export interface LibraryListing {
  stories: StorySummary[];
  damaged: DamagedStory[];
}

export interface TrashEntry {
  id: string;
  headline: string;
  trashedAt: string;
}

/**
 * What a picture file says about itself in its IPTC, XMP and EXIF metadata, read once when it is
 * added. A null field is one the file does not fill. The photo editor's own words always win:
 * these values only prefill empty fields and show where a value came from.
 */
export interface PictureFileMetadata {
  /** dc:description, else IIM 2:120 Caption/Abstract. */
  caption: string | null;
  /** photoshop:Credit, else IIM 2:110 Credit. */
  creditLine: string | null;
  /** dc:creator, else IIM 2:80 By-line; several names are joined with ", ". */
  creator: string | null;
  /** photoshop:Source, else IIM 2:115. */
  source: string | null;
  /** dc:rights, else IIM 2:116 Copyright Notice. */
  copyright: string | null;
  /** xmpRights:UsageTerms. */
  usageTerms: string | null;
  /** photoshop:Headline, else IIM 2:105. */
  headline: string | null;
  /** ISO 8601, possibly partial ("2017"): photoshop:DateCreated, else IIM 2:55+2:60, else EXIF DateTimeOriginal. */
  dateCreated: string | null;
  /** Iptc4xmpCore:AltTextAccessibility. */
  altText: string | null;
  /** Pixel size as displayed (EXIF orientation applied). */
  width: number;
  height: number;
  format: 'jpeg' | 'png' | 'webp';
  /** Metadata blocks that could not be read (the picture itself was fine). */
  warnings: string[];
}

export interface AssetInfo {
  assetId: string;
  mime: 'image/jpeg' | 'image/png' | 'image/webp';
  byteLength: number;
  width: number | null;
  height: number | null;
  /** The file's own metadata; null for pictures added before it was read. */
  metadata: PictureFileMetadata | null;
}

/** One kept version of a story, as the History panel lists it. */
export interface RevisionSummary {
  revisionId: string;
  savedAt: string;
  reason: RevisionReason;
  wordCount: number;
  headline: string;
}

export interface RestoredRevision {
  /** The story as now saved, with its new updatedAt. */
  story: Story;
  /** The revision holding the version the restore replaced: restore it to undo. */
  undoRevisionId: string;
}

/** A story made from a Word document, and what the reporter should know about the import. */
export interface DocxImport {
  story: Story;
  /** Plain sentences: what was dropped, changed or not supported (also kept in the story's desk notes). */
  notices: string[];
}

export interface ExportResult {
  outDir: string;
  files: string[];
}

export interface HostInfo {
  kind: 'electron' | 'web';
  version: string;
  libraryDir: string;
  canChooseDirectory: boolean;
}

export interface Settings {
  exportDir: string;
  defaultByline: string;
  /** Curly quotes, en/em dashes and ellipses while typing (default on). */
  smartTypography: boolean;
  /** The desktop spellchecker's language (default "en-US"); the browser host uses the browser's own. */
  spellcheckLanguage: string;
}

/**
 * The house rules in force and where they came from. `status`: `loaded` from `file`; `defaults`
 * when there is no such file; `broken` when it could not be used (then `problems` says why, and
 * the defaults are in force).
 */
export interface HouseRulesInfo {
  rules: HouseRules;
  file: string;
  status: 'loaded' | 'defaults' | 'broken';
  problems: string[];
}

export interface ApiOutputs {
  getHostInfo: HostInfo;
  listStories: LibraryListing;
  getStory: Story;
  createStory: Story;
  saveStory: { updatedAt: string };
  saveStoryEdits: { updatedAt: string };
  duplicateStory: Story;
  trashStory: { id: string };
  discardBlankStory: { discarded: boolean };
  restoreStory: { id: string };
  listTrash: TrashEntry[];
  getAssetInfo: AssetInfo;
  importAsset: AssetInfo;
  exportStory: ExportResult;
  importStory: Story;
  importDocx: DocxImport;
  getSettings: Settings;
  updateSettings: Settings;
  chooseDirectory: { path: string | null };
  getHouseRules: HouseRulesInfo;
  listRevisions: RevisionSummary[];
  getRevision: Story;
  restoreRevision: RestoredRevision;
}

export type ApiInput<M extends ApiMethod> = z.input<(typeof apiInputs)[M]>;
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiInputs)[M]>;
export type ApiOutput<M extends ApiMethod> = ApiOutputs[M];

/** What a host implements: one async function per method, given a validated input. */
export type ApiHandlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutputs[M]> };

/** What the renderer calls: the same methods, typed end to end. */
export type ApiClient = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutputs[M]> };

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiInputs, name);
}
