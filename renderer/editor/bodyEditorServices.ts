import { createContext, useContext } from 'react';
import type { AssetInfo } from '@shared/api/contract.ts';

/**
 * What node views need from the app, handed down by BodyEditor through React
 * context (node views render in portals inside EditorContent, so context reaches them).
 * Keeping the API client out of the node views lets tests build the editor without a host.
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

const fallback: BodyEditorServices = {
  assetUrl: () => '',
  choosePicture: () => Promise.resolve(null),
  importPicture: () => Promise.resolve(null),
  reportError: () => {},
};

export const BodyEditorServicesContext = createContext<BodyEditorServices>(fallback);

/** Reads the services BodyEditor provides. */
export function useBodyEditorServices(): BodyEditorServices {
  return useContext(BodyEditorServicesContext);
}
