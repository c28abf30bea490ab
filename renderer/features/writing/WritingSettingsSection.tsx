import { useId } from 'react';
import { useAppStore } from '../../stores/appStore.ts';
import { updateWritingSettings, useWritingSettings } from './writingSettingsStore.ts';

const SPELLCHECK_LANGUAGES = [
  ['en-US', 'English (US)'],
  ['en-GB', 'English (UK)'],
  ['de', 'German'],
  ['fr', 'French'],
  ['it', 'Italian'],
  ['es', 'Spanish'],
  ['nl', 'Dutch'],
  ['pt-BR', 'Portuguese (Brazil)'],
] as const;

/** Settings for typing, in the details panel: smart typography, and on the desktop the spellchecker's language. */
export function WritingSettingsSection() {
  const id = useId();
  const smart = useWritingSettings((s) => s.smartTypography);
  const language = useWritingSettings((s) => s.spellcheckLanguage);
  const isDesktop = useAppStore((s) => s.hostInfo?.kind === 'electron');
  const known = SPELLCHECK_LANGUAGES.some(([tag]) => tag === language);
  return (
    <section className="panel-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Writing</h2>
      <label className="checkbox-field">
        <input type="checkbox" checked={smart} onChange={(e) => void updateWritingSettings({ smartTypography: e.currentTarget.checked })} data-testid="setting-smart-typography" />
        Smart quotes and dashes while typing (“ ” ’ – — …)
      </label>
      {isDesktop ? (
        <div className="field">
          <label htmlFor={`${id}-lang`} className="field__label">
            Spellcheck language
          </label>
          <select id={`${id}-lang`} className="input" value={language} onChange={(e) => void updateWritingSettings({ spellcheckLanguage: e.currentTarget.value })} data-testid="setting-spellcheck-language">
            {!known && <option value={language}>{language}</option>}
            {SPELLCHECK_LANGUAGES.map(([tag, name]) => (
              <option key={tag} value={tag}>
                {name}
              </option>
            ))}
          </select>
          <div className="field__hint">Right-click a marked word for suggestions.</div>
        </div>
      ) : (
        <p className="field__hint">Spelling is checked by your browser, in its own language settings.</p>
      )}
    </section>
  );
}
