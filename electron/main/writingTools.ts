import { app, BrowserWindow, dialog, ipcMain, Menu, type Session, type WebContents } from 'electron';
import { join } from 'node:path';
import { atomicWriteFile } from '../core/atomicWriteFile.ts';
import { buildEditContextMenu } from './buildEditContextMenu.ts';
import { IPC_CHANNELS } from './ipcChannels.ts';
import { isTrustedIpcSender } from './isTrustedIpcSender.ts';
import { pdfFileName } from './pdfFileName.ts';
import { spellcheckLanguageFor } from './spellcheckLanguageFor.ts';

/*
 * The desktop's writing tools, kept thin: the decisions are in pure, tested files
 * (buildEditContextMenu, spellcheckLanguageFor, pdfFileName); this only wires Electron.
 */

/** "Save as PDF…": the renderer has put the print layout in the page; ask where, print it to PDF, write it atomically. */
export function registerSavePdf(): void {
  ipcMain.handle(IPC_CHANNELS.savePdf, async (event, suggestedName: unknown): Promise<string | null> => {
    if (!isTrustedIpcSender(event.senderFrame)) throw new Error('Only Newsdesk’s own pages may save a PDF.');
    const options = {
      title: 'Save the story as PDF',
      defaultPath: join(app.getPath('documents'), pdfFileName(suggestedName)),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    const win = BrowserWindow.fromWebContents(event.sender);
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    // preferCSSPageSize: print.css's @page (A4, margins) decides the layout, as in the browser's print.
    const pdf = await event.sender.printToPDF({ printBackground: true, preferCSSPageSize: true });
    await atomicWriteFile(choice.filePath, pdf);
    return choice.filePath;
  });
}

/** Right-click in the app: spelling suggestions, Add to Dictionary, cut/copy/paste. */
export function attachEditContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = buildEditContextMenu(params, {
      replaceMisspelling: (suggestion) => contents.replaceMisspelling(suggestion),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length === 0) return;
    const window = BrowserWindow.fromWebContents(contents);
    Menu.buildFromTemplate(template).popup(window ? { window } : {});
  });
}

/**
 * Points the spellchecker at the language in the settings (or the closest dictionary Electron has).
 * macOS always uses the system's own checker, which picks the language itself.
 */
export function applySpellcheckLanguage(session: Session, tag: string): void {
  if (process.platform === 'darwin') return;
  const language = spellcheckLanguageFor(tag, session.availableSpellCheckerLanguages);
  if (language === null) {
    console.warn(`Newsdesk: no spellchecker dictionary for "${tag}"; keeping ${session.getSpellCheckerLanguages().join(', ') || 'none'}.`);
    return;
  }
  session.setSpellCheckerLanguages([language]);
}
