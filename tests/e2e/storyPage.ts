import { readdir } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Waits until the save indicator reports that everything typed is on disk. */
export async function expectSaved(page: Page): Promise<void> {
  const status = page.getByTestId('save-status');
  await expect(status).toHaveAttribute('data-state', 'saved');
  await expect(status).toHaveText(/^Saved/);
}

/** The TipTap editing surface of the story body. */
export function bodyEditor(page: Page): Locator {
  return page.getByTestId('body-editor').locator('.ProseMirror');
}

/** The body editor's toolbar. */
export function bodyToolbar(page: Page): Locator {
  return page.getByRole('toolbar', { name: 'Body formatting' });
}

/** The names in a folder, or [] when it does not exist. */
export async function listFolder(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Reads a loaded <img>'s natural width (0 while it has not loaded or failed). */
/** The width named in the file the browser chose from a srcset ("…-960.jpg" -> 960). */
export function chosenRendition(image: Locator): Promise<{ named: number }> {
  return image.evaluate((img) => ({ named: Number(/-(\d+)\.(?:jpg|webp)$/.exec((img as HTMLImageElement).currentSrc)?.[1] ?? Number.NaN) }));
}

export function naturalWidth(image: Locator): Promise<number> {
  return image.evaluate((img) => (img as HTMLImageElement).naturalWidth);
}

/**
 * Waits until the body editor's own selection (not just the DOM's) covers `text`. ProseMirror picks up
 * keyboard selection changes on `selectionchange`, a moment after the key; a shortcut pressed sooner would
 * act on the previous selection.
 */
export async function expectEditorSelection(page: Page, text: string): Promise<void> {
  await expect
    .poll(() =>
      bodyEditor(page).evaluate((element) => {
        const editor = (element as HTMLElement & { editor?: { state: { selection: { from: number; to: number }; doc: { textBetween(a: number, b: number): string } } } })
          .editor;
        if (!editor) return null;
        const { from, to } = editor.state.selection;
        return editor.state.doc.textBetween(from, to);
      }),
    )
    .toBe(text);
}

/**
 * Types a destination into the export dialog once it has offered its default. Filling earlier races the
 * default: the offered folder can land between Playwright's select-all and its typing, which then appends.
 */
export async function fillExportDestination(dialog: Locator, folder: string): Promise<void> {
  const field = dialog.getByTestId('export-destination');
  await expect(field).not.toHaveValue('');
  await field.fill(folder);
  await expect(field).toHaveValue(folder);
}
