import { isSafeExternalUrl } from './isSafeExternalUrl.ts';

/** What became of a request to open a link outside the app. */
export type ExternalLinkOutcome = 'opened' | 'cancelled' | 'refused' | 'busy';

export interface ExternalLinkOpenerDeps {
  /** Asks the user (a native dialog); true only when they chose Open. */
  confirm: (url: string) => Promise<boolean>;
  /** Hands the URL to the system (shell.openExternal). */
  open: (url: string) => Promise<void>;
}

/**
 * The decision behind every link that leaves the app, free of Electron: only
 * isSafeExternalUrl links (http, https, mailto) are considered; the user is
 * asked first and the link opens only on "Open"; and while one question is on
 * screen further requests are dropped, so a page cannot queue up a wall of dialogs.
 */
export function createExternalLinkOpener({ confirm, open }: ExternalLinkOpenerDeps): (url: string) => Promise<ExternalLinkOutcome> {
  let asking = false;
  return async (url) => {
    if (!isSafeExternalUrl(url)) return 'refused';
    if (asking) return 'busy';
    asking = true;
    let approved: boolean;
    try {
      approved = await confirm(url);
    } finally {
      asking = false;
    }
    if (!approved) return 'cancelled';
    await open(url);
    return 'opened';
  };
}
