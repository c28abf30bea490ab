import { create } from 'zustand';
import type { Settings } from '@shared/api/contract.ts';
import { DEFAULT_SPELLCHECK_LANGUAGE } from '@shared/api/defaultSpellcheckLanguage.ts';
import { api } from '../../api/client.ts';
import { describeError } from '../../stores/describeError.ts';
import { showToast } from '../../stores/toastStore.ts';

type WritingSettings = Pick<Settings, 'smartTypography' | 'spellcheckLanguage'>;

interface WritingSettingsState extends WritingSettings {
  loaded: boolean;
}

/** The writing settings the editor reads while typing (smart typography, spellcheck language), loaded once from the core. */
export const useWritingSettings = create<WritingSettingsState>()(() => ({
  smartTypography: true,
  spellcheckLanguage: DEFAULT_SPELLCHECK_LANGUAGE,
  loaded: false,
}));

/** Read on every typed quote or dash: a plain function, no React. */
export function isSmartTypographyOn(): boolean {
  return useWritingSettings.getState().smartTypography;
}

let loading: Promise<void> | null = null;

/** Loads the settings once; later calls share the first load. */
export function loadWritingSettings(): Promise<void> {
  loading ??= api.getSettings({}).then(
    (settings) => useWritingSettings.setState({ smartTypography: settings.smartTypography, spellcheckLanguage: settings.spellcheckLanguage, loaded: true }),
    (error: unknown) => {
      loading = null;
      showToast({ kind: 'error', message: `Writing settings could not be read: ${describeError(error)}` });
    },
  );
  return loading;
}

/** Changes a writing setting now (typing follows it at once) and saves it; on failure it goes back and says why. */
export async function updateWritingSettings(patch: Partial<WritingSettings>): Promise<void> {
  const before = useWritingSettings.getState();
  useWritingSettings.setState(patch);
  try {
    const saved = await api.updateSettings(patch);
    useWritingSettings.setState({ smartTypography: saved.smartTypography, spellcheckLanguage: saved.spellcheckLanguage, loaded: true });
  } catch (error) {
    useWritingSettings.setState({ smartTypography: before.smartTypography, spellcheckLanguage: before.spellcheckLanguage });
    showToast({ kind: 'error', message: `The setting was not saved: ${describeError(error)}` });
  }
}
