import { createContext, useContext } from 'react';

/**
 * What node views need from the app, handed down by BodyEditor through React
 * context (node views render in portals inside EditorContent, so context reaches them).
 * Keeping the API client out of the node views lets tests build the editor without a host.
 */
export interface BodyEditorServices {
  /** URL the renderer can show for a stored picture. */
  assetUrl: (assetId: string) => string;
  /** Opens the picture chooser; resolves with the new asset id, or null if cancelled or refused (already reported). */
  choosePicture: () => Promise<string | null>;
  /** Shows an error to the user. */
  reportError: (message: string) => void;
}

const fallback: BodyEditorServices = {
  assetUrl: () => '',
  choosePicture: () => Promise.resolve(null),
  reportError: () => {},
};

export const BodyEditorServicesContext = createContext<BodyEditorServices>(fallback);

/** Reads the services BodyEditor provides. */
export function useBodyEditorServices(): BodyEditorServices {
  return useContext(BodyEditorServicesContext);
}
