import { useEffect } from 'react';
import { installPrintPreparation } from '../print/printStory.ts';
import { installSmartTyping } from './installSmartTyping.ts';
import { loadWritingSettings } from './writingSettingsStore.ts';

/** While a story is open: the writing settings are loaded, plain fields get smart typography, and a print gets the article layout. */
export function useWritingTools(): void {
  useEffect(() => {
    void loadWritingSettings();
    const offTyping = installSmartTyping();
    const offPrint = installPrintPreparation();
    return () => {
      offTyping();
      offPrint();
    };
  }, []);
}
