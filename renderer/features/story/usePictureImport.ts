import { useCallback, useState } from 'react';
import { api } from '../../api/client.ts';
import { describeError } from '../../stores/describeError.ts';

export interface PictureImport {
  busy: boolean;
  error: string | null;
  /** Sends the file to the library; resolves the asset id, or null after showing why it was refused. */
  importFile: (file: File) => Promise<string | null>;
  clearError: () => void;
}

/** Imports one picture file into the library and remembers why it failed, if it did. */
export function usePictureImport(): PictureImport {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const importFile = useCallback(async (file: File): Promise<string | null> => {
    setBusy(true);
    setError(null);
    try {
      const info = await api.importAsset({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      return info.assetId;
    } catch (err) {
      setError(`“${file.name}” was not added: ${describeError(err)}`);
      return null;
    } finally {
      setBusy(false);
    }
  }, []);

  return { busy, error, importFile, clearError: useCallback(() => setError(null), []) };
}

/** What the file pickers accept. */
export const PICTURE_ACCEPT = 'image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp';
