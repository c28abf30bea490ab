import type { AssetInfo } from '@shared/api/contract.ts';

/**
 * What node views need from the app. BodyEditor hands a getter for them to
 * `bodyEditorExtensions`, read at call time, so the node views (plain DOM, outside
 * React) always use the current ones. Keeping the API client out of the node views
 * lets tests build the editor without a host.
 */
export interface BodyEditorServices {
  /** URL the renderer can show for a stored picture. */
  assetUrl: (assetId: string) => string;
  /** Opens the picture chooser; resolves with the new picture's info, or null if cancelled or refused (already reported). */
  choosePicture: () => Promise<AssetInfo | null>;
  /** Imports a dropped or pasted file; resolves with its info, or null when refused (already reported). */
  importPicture: (file: File) => Promise<AssetInfo | null>;
  /** Shows an error to the user. */
  reportError: (message: string) => void;
}

/** The services of an editor without a host (tests): no picture URLs, every chooser cancelled. */
export const noBodyEditorServices: BodyEditorServices = {
  assetUrl: () => '',
  choosePicture: () => Promise.resolve(null),
  importPicture: () => Promise.resolve(null),
  reportError: () => {},
};
