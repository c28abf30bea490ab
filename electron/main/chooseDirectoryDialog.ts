import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';

/** The native folder picker behind the chooseDirectory API method; null when the user cancels. */
export async function chooseDirectoryDialog(parent: BrowserWindow | null, title?: string): Promise<string | null> {
  const options: OpenDialogOptions = { title: title ?? 'Choose a folder', properties: ['openDirectory', 'createDirectory'] };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
