import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { useAppStore } from '../../stores/appStore.ts';
import { useLibraryStore } from '../../stores/libraryStore.ts';
import { showToast } from '../../stores/toastStore.ts';
import { importFiles } from './importFiles.ts';

const ACCEPT = '.json,application/json,image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp';

/** "Import…": story files (.json) and the pictures they use, several at once. */
export function ImportButton({ onErrors }: { onErrors: (errors: string[]) => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const importPending = useAppStore((s) => s.importPending);

  // The native menu's "Import…" asks for the picker through the app store.
  useEffect(() => {
    if (!importPending) return;
    useAppStore.getState().setImportPending(false);
    inputRef.current?.click();
  }, [importPending]);

  async function onFiles(list: FileList | null): Promise<void> {
    const files = list ? Array.from(list) : [];
    if (files.length === 0) return;
    setBusy(true);
    onErrors([]);
    try {
      const report = await importFiles(api, files);
      onErrors(report.errors);
      const n = report.stories.length;
      if (n > 0 || report.pictures > 0) {
        const parts = [n > 0 ? `${n} ${n === 1 ? 'story' : 'stories'}` : '', report.pictures > 0 ? `${report.pictures} ${report.pictures === 1 ? 'picture' : 'pictures'}` : ''];
        showToast({ kind: 'success', message: `Imported ${parts.filter(Boolean).join(' and ')}.` });
      }
    } finally {
      setBusy(false);
      if (inputRef.current) inputRef.current.value = '';
      await useLibraryStore.getState().refresh();
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
        data-testid="import-input"
        disabled={busy}
        onChange={(e) => void onFiles(e.currentTarget.files)}
      />
    </label>
  );
}
