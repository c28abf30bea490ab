import { describe, expect, it } from 'vitest';
import { mainWindowWebPreferences } from './mainWindowWebPreferences.ts';

describe('mainWindowWebPreferences', () => {
  it('are exactly the locked-down set, and nothing more', () => {
    expect(mainWindowWebPreferences('/app/dist/electron/preload.cjs')).toStrictEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
    });
  });

  it('never enables extra Blink features or a second preload', () => {
    const prefs = mainWindowWebPreferences('/p.cjs');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('devTools');
  });
});
