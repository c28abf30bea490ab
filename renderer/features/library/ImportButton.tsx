import { useEffect, useRef } from 'react';
import { useAppStore } from '../../stores/appStore.ts';
import { runLibraryImport, useLibraryImportStore } from './runLibraryImport.ts';

const ACCEPT =
  '.json,application/json,.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp';

/** "Import…": story files (.json) with the pictures they use, and Word documents (.docx), several at once. */
export function ImportButton({ onErrors }: { onErrors: (errors: string[]) => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const busy = useLibraryImportStore((s) => s.busy);
  const importPending = useAppStore((s) => s.importPending);

  // The native menu's "Import…" asks for the picker through the app store.
  useEffect(() => {
    if (!importPending) return;
    useAppStore.getState().setImportPending(false);
    inputRef.current?.click();
  }, [importPending]);

  async function onFiles(list: FileList | null): Promise<void> {
    const files = list ? Array.from(list) : [];
    try {
      await runLibraryImport(files, onErrors);
    } finally {
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  return (
    <label className={`button${busy ? ' is-busy' : ''}`} data-testid="import-button">
      {busy ? 'Importing…' : 'Import…'}
      <input
        ref={inputRef}
        className="visually-hidden"
        type="file"
        multiple
        accept={ACCEPT}
        aria-label="Import stories and pictures"
        title="Story files (.json), Word documents (.docx) and pictures"
        data-testid="import-input"
        disabled={busy}
        onChange={(e) => void onFiles(e.currentTarget.files)}
      />
    </label>
  );
}
