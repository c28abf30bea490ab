import { create } from 'zustand';
import { api, importDocxFile } from '../../api/client.ts';
import { openStory } from '../../stores/appStore.ts';
import { useLibraryStore } from '../../stores/libraryStore.ts';
import { showToast } from '../../stores/toastStore.ts';
import { importFiles, type ImportReport } from './importFiles.ts';

/** Whether an import (from the Import button or a drop on the library) is under way. */
export const useLibraryImportStore = create<{ busy: boolean }>()(() => ({ busy: false }));

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * Imports dropped or picked files into the library and says how it went. A story made from a
 * Word document is opened, with what the reporter should know about the import in a toast
 * that stays until dismissed (the same notes are in the story's desk notes).
 */
export async function runLibraryImport(files: File[], onErrors: (errors: string[]) => void): Promise<ImportReport | null> {
  if (files.length === 0 || useLibraryImportStore.getState().busy) return null;
  useLibraryImportStore.setState({ busy: true });
  onErrors([]);
  let report: ImportReport;
  try {
    report = await importFiles(api, files, (file) => importDocxFile(file as File));
  } finally {
    useLibraryImportStore.setState({ busy: false });
    await useLibraryStore.getState().refresh();
  }
  onErrors(report.errors);
  const n = report.stories.length;
  if (n > 0 || report.pictures > 0) {
    const parts = [n > 0 ? count(n, 'story', 'stories') : '', report.pictures > 0 ? count(report.pictures, 'picture', 'pictures') : ''];
    showToast({ kind: 'success', message: `Imported ${parts.filter(Boolean).join(' and ')}.` });
  }
  for (const doc of report.documents) {
    const title = doc.headline.trim() === '' ? 'a new story' : `“${doc.headline}”`;
    const message =
      doc.notices.length === 0
        ? `Imported ${doc.fileName} as ${title}.`
        : `Imported ${doc.fileName} as ${title}. Please note: ${doc.notices.join(' ')} (Also in the story's desk notes.)`;
    showToast({ kind: doc.notices.length === 0 ? 'success' : 'info', message, timeoutMs: doc.notices.length === 0 ? undefined : null });
  }
  const last = report.documents[report.documents.length - 1];
  // With errors to read, the library stays in view; the imported stories are in its list.
  if (last && report.errors.length === 0) await openStory(last.id);
  return report;
}
