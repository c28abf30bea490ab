import type { ApiMethod } from './contract.ts';

/*
 * The contract's method names, spelled out rather than read off its schemas, so that what needs
 * only the names (the sandboxed preload, the renderer's client) does not load zod and every
 * schema. `satisfies` makes a missing or extra name a compile error, and a unit test checks the
 * list against the contract's schemas.
 */
const METHODS = {
  getHostInfo: true,
  listStories: true,
  getStory: true,
  createStory: true,
  saveStory: true,
  saveStoryEdits: true,
  duplicateStory: true,
  trashStory: true,
  discardBlankStory: true,
  restoreStory: true,
  listTrash: true,
  getAssetInfo: true,
  importAsset: true,
  exportStory: true,
  importStory: true,
  importDocx: true,
  getSettings: true,
  updateSettings: true,
  chooseDirectory: true,
  getHouseRules: true,
  listRevisions: true,
  getRevision: true,
  restoreRevision: true,
} as const satisfies Record<ApiMethod, true>;

/** Every method of the API contract, one named function each on both hosts. */
export const API_METHODS = Object.keys(METHODS) as ApiMethod[];
