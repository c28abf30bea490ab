import { useEffect, useId, useRef, useState } from 'react';
import type { ExportFormat, ExportResult } from '@shared/api/contract.ts';
import { api } from '../../api/client.ts';
import { flushActiveStory } from '../../stores/activeStory.ts';
import { useAppStore } from '../../stores/appStore.ts';
import { describeError } from '../../stores/describeError.ts';
import { useStoryStore } from '../../stores/storyStore.ts';
import { joinPath } from './joinPath.ts';
import './export.css';

type Phase = { name: 'form'; error: string | null } | { name: 'busy' } | { name: 'done'; result: ExportResult };

const FORMAT_LABELS: Record<ExportFormat, string> = { html: 'HTML', json: 'JSON' };
const FORMAT_HINTS: Record<ExportFormat, string> = {
  html: 'A standalone web page with its pictures',
  json: 'The full story, lossless, for re-import',
};

/** Exports the open story to a folder: saves it first, then writes the chosen formats. */
export function ExportDialog({ storyId }: { storyId: string }) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const canChoose = useAppStore((s) => s.hostInfo?.canChooseDirectory ?? false);
  const [formats, setFormats] = useState<Record<ExportFormat, boolean>>({ html: true, json: true });
  const [dest, setDest] = useState('');
  const [phase, setPhase] = useState<Phase>({ name: 'form', error: null });
  const close = (): void => useAppStore.getState().setExportOpen(false);
  const folderName = (): string => useStoryStore.getState().fields?.slug || storyId;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open && typeof dialog.showModal === 'function') dialog.showModal();
    let cancelled = false;
    api.getSettings({}).then(
      (settings) => {
        if (!cancelled) setDest((d) => (d === '' ? joinPath(settings.exportDir, folderName()) : d));
      },
      (error: unknown) => {
        if (!cancelled) setPhase({ name: 'form', error: `Could not read the export folder setting: ${describeError(error)}` });
      },
    );
    return () => {
      cancelled = true;
    };
    // Runs once when the dialog opens; the slug is read at that moment on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const chosen = (Object.keys(formats) as ExportFormat[]).filter((f) => formats[f]);
  const busy = phase.name === 'busy';

  async function choose(): Promise<void> {
    try {
      const { path } = await api.chooseDirectory({ title: 'Export the story to…' });
      if (path) setDest(joinPath(path, folderName()));
    } catch (error) {
      setPhase({ name: 'form', error: describeError(error) });
    }
  }

  async function runExport(): Promise<void> {
    setPhase({ name: 'busy' });
    if (!(await flushActiveStory())) {
      const reason = useStoryStore.getState().save.failure?.message ?? 'unknown error';
      setPhase({ name: 'form', error: `The story could not be saved, so nothing was exported: ${reason}` });
      return;
    }
    try {
      const outDir = dest.trim();
      const result = await api.exportStory({ id: storyId, formats: chosen, ...(outDir !== '' ? { outDir } : {}) });
      setPhase({ name: 'done', result });
    } catch (error) {
      setPhase({ name: 'form', error: `Nothing was exported: ${describeError(error)}` });
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      data-testid="export-dialog"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) close();
      }}
    >
      <h2 id={titleId}>Export story</h2>
      {phase.name === 'done' ? (
        <div className="export-done" data-testid="export-success">
          <p className="notice notice--success" role="status">
            Exported to <code>{phase.result.outDir}</code>
          </p>
          <h3>Files written</h3>
          <ul className="file-list" data-testid="export-files">
            {phase.result.files.map((f) => (
              <li key={f}>
                <code>{f}</code>
              </li>
            ))}
          </ul>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => setPhase({ name: 'form', error: null })}>
              Export again
            </button>
            <button type="button" className="button button--primary" onClick={close} autoFocus>
              Done
            </button>
          </div>
        </div>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void runExport();
          }}
        >
          <fieldset className="export-formats" disabled={busy}>
            <legend className="field__label">Formats</legend>
            {(Object.keys(FORMAT_LABELS) as ExportFormat[]).map((f) => (
              <label key={f} className="checkbox">
                <input type="checkbox" checked={formats[f]} onChange={(e) => {
                    // Read the event now: React runs the updater later, when currentTarget is already gone.
                    const checked = e.currentTarget.checked;
                    setFormats((prev) => ({ ...prev, [f]: checked }));
                  }} />
                <span>
                  {FORMAT_LABELS[f]} <span className="muted">— {FORMAT_HINTS[f]}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${titleId}-dest`} className="field__label">
              Destination folder
            </label>
            <div className="input-row">
              <input
                id={`${titleId}-dest`}
                type="text"
                className="input input--mono"
                value={dest}
                disabled={busy}
                spellCheck={false}
                data-testid="export-destination"
                onChange={(e) => setDest(e.currentTarget.value)}
              />
              {canChoose && (
                <button type="button" className="button" disabled={busy} onClick={() => void choose()}>
                  Choose…
                </button>
              )}
            </div>
            <div className="field__hint">The files go straight into this folder; pictures go into its images/ folder.</div>
          </div>
          {phase.name === 'form' && phase.error && (
            <p className="notice notice--error" role="alert" data-testid="export-error">
              {phase.error}
            </p>
          )}
          {chosen.length === 0 && <p className="inline-error">Choose at least one format.</p>}
          <div className="dialog__actions">
            <button type="button" className="button" disabled={busy} onClick={close}>
              Cancel
            </button>
            <button type="submit" className="button button--primary" disabled={busy || chosen.length === 0 || dest.trim() === ''} aria-busy={busy} data-testid="export-submit">
              {busy ? 'Exporting…' : 'Export files'}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
