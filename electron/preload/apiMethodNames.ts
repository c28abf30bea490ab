import type { ApiMethod } from '@shared/api/contract.ts';

/*
 * The contract's method names, spelled out rather than imported: importing
 * API_METHODS would pull zod and every schema into the sandboxed preload.
 * `satisfies` makes a missing or extra name a compile error, and a unit test
 * checks the list against API_METHODS.
 */
const METHODS = {
  getHostInfo: true,
  listStories: true,
  getStory: true,
  createStory: true,
  saveStory: true,
  duplicateStory: true,
  trashStory: true,
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

/** Every API method the preload exposes, one named function each. */
export const API_METHOD_NAMES = Object.keys(METHODS) as ApiMethod[];
