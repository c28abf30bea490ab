import { useCallback, useState } from 'react';
import type { AssetInfo } from '@shared/api/contract.ts';
import { importPictureFile } from '../../api/client.ts';
import { rememberAssetInfo } from '../../stores/assetInfoStore.ts';
import { describeError } from '../../stores/describeError.ts';

export interface PictureImport {
  busy: boolean;
  error: string | null;
  /** Sends the file to the library; resolves its info (with the file's metadata), or null after showing why it was refused. */
  importFile: (file: File) => Promise<AssetInfo | null>;
  clearError: () => void;
}

/**
 * Imports one picture file into the library and remembers why it failed, if it did.
 * The work (hashing, metadata, thumbnail) is in the core; nothing here waits on a keystroke.
 */
export function usePictureImport(): PictureImport {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const importFile = useCallback(async (file: File): Promise<AssetInfo | null> => {
    setBusy(true);
    setError(null);
    try {
      const info = await importPictureFile(file);
      rememberAssetInfo(info);
      return info;
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

/** The picture files among dropped or pasted files (by type; the core judges the bytes). */
export function pictureFiles(files: FileList | File[] | null | undefined): File[] {
  return Array.from(files ?? []).filter((f) => f.type === '' || f.type.startsWith('image/'));
}
