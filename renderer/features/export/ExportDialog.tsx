import { useEffect, useId, useRef, useState } from 'react';
import type { ExportFormat, ExportResult } from '@shared/api/contract.ts';
import { api } from '../../api/client.ts';
import type { DeskProblem } from '@shared/story/preflightStory.ts';
import { flushActiveStory } from '../../stores/activeStory.ts';
import { useAppStore } from '../../stores/appStore.ts';
import { focusSoon } from '../../app/focusSoon.ts';
import { describeError, errorCode } from '../../stores/describeError.ts';
import { useStoryStore } from '../../stores/storyStore.ts';
import { checkOpenStory } from '../checks/deskChecksStore.ts';
import { loadHouseRules } from '../checks/houseRulesStore.ts';
import { showDeskProblem } from '../checks/showDeskProblem.ts';
import { joinPath } from './joinPath.ts';
import { PreflightList } from './PreflightList.tsx';
import { suggestFolder } from './suggestFolder.ts';
import { summarizeExportFiles } from './summarizeExportFiles.ts';
import './export.css';

/** A destination that already holds another story's export, and the folder offered instead. */
interface FolderConflict {
  base: string;
  n: number;
  suggestion: string;
}

type Phase = { name: 'form'; error: string | null; conflict?: FolderConflict } | { name: 'busy' } | { name: 'done'; result: ExportResult };

const FORMAT_LABELS: Record<ExportFormat, string> = { html: 'HTML', json: 'JSON', ninjs: 'IPTC ninjs 2.2 (JSON)' };
const FORMAT_HINTS: Record<ExportFormat, string> = {
  html: 'A standalone web page with its pictures',
  json: 'The full story, lossless, for re-import',
  ninjs: 'The news industry format, for partners and agencies',
};


/** Exports the open story to a folder: checks it first (the preflight), saves it, then writes the chosen formats. */
export function ExportDialog({ storyId }: { storyId: string }) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const canChoose = useAppStore((s) => s.hostInfo?.canChooseDirectory ?? false);
  const [formats, setFormats] = useState<Record<ExportFormat, boolean>>({ html: true, json: true, ninjs: false });
  const [dest, setDest] = useState('');
  const [ninjsBaseUrl, setNinjsBaseUrl] = useState('');
  const [phase, setPhase] = useState<Phase>({ name: 'form', error: null });
  // The desk's checks, run when the dialog opens (the body is serialised here, not per keystroke),
  // and once more when the house rules have been read afresh.
  const [preflight, setPreflight] = useState<DeskProblem[] | null>(checkOpenStory);
  // Warnings are house style; only errors make the export one that goes out "anyway".
  const hasProblems = (preflight ?? []).some((p) => p.severity === 'error');
  const close = (): void => useAppStore.getState().setExportOpen(false);
  // The last folder offered after a conflict, so a second conflict there counts on (-3) from the same base.
  const lastConflict = useRef<FolderConflict | null>(null);
  const folderName = (): string => useStoryStore.getState().fields?.slug || storyId;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open && typeof dialog.showModal === 'function') dialog.showModal();
    let cancelled = false;
    void loadHouseRules().then(() => {
      if (!cancelled) setPreflight(checkOpenStory());
    });
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
      // However the dialog goes, the keyboard goes back to the button that opened it (when it is still there).
      focusSoon(() => document.querySelector<HTMLElement>('[data-testid="open-export"]'), 5);
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

  async function runExport(outDirOverride?: string): Promise<void> {
    setPhase({ name: 'busy' });
    if (!(await flushActiveStory())) {
      const reason = useStoryStore.getState().save.failure?.message ?? 'unknown error';
      setPhase({ name: 'form', error: `The story could not be saved, so nothing was exported: ${reason}` });
      return;
    }
    const outDir = (outDirOverride ?? dest).trim();
    try {
      const baseUrl = ninjsBaseUrl.trim();
      const result = await api.exportStory({
        id: storyId,
        formats: chosen,
        ...(outDir !== '' ? { outDir } : {}),
        ...(formats.ninjs && baseUrl !== '' ? { ninjsBaseUrl: baseUrl } : {}),
      });
      lastConflict.current = null;
      setPhase({ name: 'done', result });
    } catch (error) {
      if (errorCode(error) === 'conflict' && outDir !== '') {
        const previous = lastConflict.current;
        const again = previous !== null && previous.suggestion === outDir;
        const base = again ? previous.base : outDir;
        const n = again ? previous.n + 1 : 2;
        const conflict: FolderConflict = { base, n, suggestion: suggestFolder(base, n) };
        lastConflict.current = conflict;
        setPhase({ name: 'form', error: describeError(error), conflict });
        return;
      }
      // The host's own messages for a failed export already end with "Nothing was exported."
      const reason = describeError(error);
      setPhase({ name: 'form', error: /nothing was exported/i.test(reason) ? reason : `Nothing was exported: ${reason}` });
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
            Exported to <code data-testid="export-outdir">{phase.result.outDir}</code>
          </p>
          <ExportedFiles outDir={phase.result.outDir} files={phase.result.files} />
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
          <PreflightList
            items={preflight}
            onShow={(item) => {
              close();
              // After the closing dialog has handed focus back to its button (next frame), the target takes it.
              requestAnimationFrame(() => requestAnimationFrame(() => showDeskProblem(item)));
            }}
          />
          <fieldset className="export-formats" disabled={busy}>
            <legend className="field__label">Formats</legend>
            {(Object.keys(FORMAT_LABELS) as ExportFormat[]).map((f) => (
              <label key={f} className="checkbox">
                <input type="checkbox" data-testid={`export-format-${f}`} checked={formats[f]} onChange={(e) => {
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
          {formats.ninjs && (
            <div className="field">
              <label htmlFor={`${titleId}-ninjs-base`} className="field__label">
                Web address of the pictures (ninjs)
              </label>
              <input
                id={`${titleId}-ninjs-base`}
                type="url"
                className="input input--mono"
                value={ninjsBaseUrl}
                disabled={busy}
                spellCheck={false}
                placeholder="https://cdn.example.com/stories/my-story/"
                data-testid="export-ninjs-base-url"
                onChange={(e) => setNinjsBaseUrl(e.currentTarget.value)}
              />
              <p className="field__hint">
                ninjs links each picture by a full address. Leave this empty and they point at the export folder on this computer, which shows its path.
              </p>
            </div>
          )}
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
            <div className="notice notice--error export-error" role="alert" data-testid="export-error">
              <p>{phase.error}</p>
              {phase.conflict && (
                <button
                  type="button"
                  className="button export-error__retry"
                  data-testid="export-suggested"
                  onClick={() => {
                    const suggestion = phase.conflict?.suggestion ?? '';
                    setDest(suggestion);
                    void runExport(suggestion);
                  }}
                >
                  Export to {phase.conflict.suggestion}
                </button>
              )}
            </div>
          )}
          {chosen.length === 0 && <p className="inline-error">Choose at least one format.</p>}
          <div className="dialog__actions">
            <button type="button" className="button" disabled={busy} onClick={close}>
              Cancel
            </button>
            <button type="submit" className="button button--primary" disabled={busy || chosen.length === 0 || dest.trim() === ''} aria-busy={busy} data-testid="export-submit">
              {busy ? 'Exporting…' : hasProblems ? 'Export anyway' : 'Export files'}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}

/** What an export wrote: the documents by name, then the pictures folded into one line. */
function ExportedFiles({ outDir, files }: { outDir: string; files: string[] }) {
  const { documents, pictures, pictureCount } = summarizeExportFiles(outDir, files);
  return (
    <>
      <h3>Files written</h3>
      <ul className="file-list" data-testid="export-files">
        {documents.map((f) => (
          <li key={f}>
            <code>{f}</code>
          </li>
        ))}
        {pictures.length > 0 && (
          <li>
            <details className="file-list__pictures" data-testid="export-pictures">
              <summary>
                {pictureCount} {pictureCount === 1 ? 'picture' : 'pictures'}
                {pictures.length > pictureCount ? ` (${pictures.length} files, in the sizes a page picks from)` : ''} in <code>images/</code>
              </summary>
              <ul>
                {pictures.map((f) => (
                  <li key={f}>
                    <code>{f}</code>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        )}
      </ul>
    </>
  );
}
