import { useId } from 'react';
import type { PictureFileMetadata } from '@shared/api/contract.ts';
import type { Picture } from '@shared/story/storySchema.ts';
import { FromFileMark } from '../photo/FromFileMark.tsx';
import { isFromFile } from '../photo/pictureFileValue.ts';

type RightsField = 'creator' | 'source' | 'copyright' | 'usageTerms';

const FIELDS: { field: RightsField; label: string; placeholder: string; maxLength: number; multiline?: boolean }[] = [
  { field: 'creator', label: 'Creator', placeholder: 'Photographer', maxLength: 300 },
  { field: 'source', label: 'Source', placeholder: 'Agency, e.g. EPA', maxLength: 300 },
  { field: 'copyright', label: 'Copyright', placeholder: 'e.g. © 2024 EPA', maxLength: 500 },
  { field: 'usageTerms', label: 'Usage terms', placeholder: 'e.g. Editorial use only', maxLength: 2_000, multiline: true },
];

/**
 * Creator, source, copyright and usage terms of a picture, folded under "Rights" so the panel
 * stays calm; they are kept apart from the caption and the printed credit.
 */
export function HeroRights({ picture, metadata, onChange }: { picture: Picture; metadata: PictureFileMetadata | null; onChange: (patch: Partial<Picture>) => void }) {
  const id = useId();
  const filled = FIELDS.filter((f) => picture[f.field].trim() !== '').length;
  return (
    <details className="rights" data-testid="hero-rights">
      <summary>
        Rights <span className="rights__count">{filled === 0 ? '— none yet' : `— ${filled} of ${FIELDS.length} filled`}</span>
      </summary>
      <div className="rights__fields">
        {FIELDS.map(({ field, label, placeholder, maxLength, multiline }) => (
          <div className="field" key={field}>
            <div className="field__head">
              <label htmlFor={`${id}-${field}`} className="field__label">
                {label}
              </label>
              <FromFileMark show={isFromFile(metadata, field, picture[field])} />
            </div>
            {multiline ? (
              <textarea
                id={`${id}-${field}`}
                className="input"
                rows={2}
                maxLength={maxLength}
                placeholder={placeholder}
                value={picture[field]}
                data-testid={`field-hero-${field}`}
                onChange={(e) => onChange({ [field]: e.currentTarget.value.replace(/\r?\n/g, ' ') })}
              />
            ) : (
              <input
                id={`${id}-${field}`}
                type="text"
                className="input"
                maxLength={maxLength}
                placeholder={placeholder}
                value={picture[field]}
                data-testid={`field-hero-${field}`}
                onChange={(e) => onChange({ [field]: e.currentTarget.value })}
              />
            )}
          </div>
        ))}
      </div>
    </details>
  );
}
