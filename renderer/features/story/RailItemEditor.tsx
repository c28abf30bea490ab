import { emptyPicture } from '@shared/story/emptyPicture.ts';
import { memo, useId, useState } from 'react';
import type { RailItem } from '@shared/story/storySchema.ts';
import { thumbnailUrl } from '../../api/client.ts';
import { DismissibleError } from '../../app/DismissibleError.tsx';
import { useStoryStore } from '../../stores/storyStore.ts';
import { prefillPicture } from '../photo/prefillPicture.ts';
import { isRailUrl } from '@shared/story/webUrl.ts';
import { PICTURE_ACCEPT, usePictureImport } from './usePictureImport.ts';

interface RailItemEditorProps {
  railId: string;
  item: RailItem;
  index: number;
  count: number;
  onChange: (railId: string, itemId: string, patch: Partial<RailItem>) => void;
  onMove: (railId: string, itemId: string, delta: -1 | 1) => void;
  onRemove: (railId: string, itemId: string) => void;
}

/** One teaser in a rail: title, teaser, link and an optional picture. */
export const RailItemEditor = memo(function RailItemEditor({ railId, item, index, count, onChange, onMove, onRemove }: RailItemEditorProps) {
  const id = useId();
  // A link is stored only once it is a valid http(s) address, so a half-typed one never blocks saving.
  const [urlDraft, setUrlDraft] = useState(item.url);
  const [syncedUrl, setSyncedUrl] = useState(item.url);
  const picture = usePictureImport();
  if (item.url !== syncedUrl) {
    setSyncedUrl(item.url);
    setUrlDraft(item.url);
  }
  const urlValid = isRailUrl(urlDraft.trim());
  const n = index + 1;

  async function onPictureFile(file: File | undefined): Promise<void> {
    if (!file) return;
    const added = await picture.importFile(file);
    if (!added) return;
    // Words already there (now, after the import) stay; only empty ones are filled from the file.
    const now = useStoryStore.getState().fields?.rails.find((r) => r.id === railId)?.items.find((i) => i.id === item.id);
    const current = { ...emptyPicture(), ...now?.picture };
    onChange(railId, item.id, { picture: { ...current, ...prefillPicture(current, added.metadata), assetId: added.assetId } });
  }

  return (
    <li className="rail-item" data-testid="rail-item" data-item-id={item.id}>
      <div className="rail-item__head">
        <span className="rail-item__number">Item {n}</span>
        <div className="rail-item__tools">
          <button type="button" className="icon-button" aria-label={`Move item ${n} up`} title="Move up" data-move="up" disabled={index === 0} onClick={() => onMove(railId, item.id, -1)}>
            ↑
          </button>
          <button type="button" className="icon-button" aria-label={`Move item ${n} down`} title="Move down" data-move="down" disabled={index === count - 1} onClick={() => onMove(railId, item.id, 1)}>
            ↓
          </button>
          <button type="button" className="icon-button icon-button--danger" aria-label={`Remove item ${n}`} title="Remove item" onClick={() => onRemove(railId, item.id)}>
            ×
          </button>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`} className="field__label">
          Title
        </label>
        <input id={`${id}-title`} type="text" className="input" maxLength={300} value={item.title} data-testid="rail-item-title" onChange={(e) => onChange(railId, item.id, { title: e.currentTarget.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-teaser`} className="field__label">
          Teaser
        </label>
        <textarea id={`${id}-teaser`} className="input" rows={2} maxLength={1_000} value={item.teaser} data-testid="rail-item-teaser" onChange={(e) => onChange(railId, item.id, { teaser: e.currentTarget.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-url`} className="field__label">
          URL
        </label>
        <input
          id={`${id}-url`}
          type="url"
          className={`input input--mono${urlValid ? '' : ' is-invalid'}`}
          maxLength={2_000}
          placeholder="https://"
          spellCheck={false}
          value={urlDraft}
          aria-invalid={!urlValid}
          aria-describedby={urlValid ? undefined : `${id}-url-error`}
          data-testid="rail-item-url"
          onChange={(e) => {
            const value = e.currentTarget.value;
            setUrlDraft(value);
            if (isRailUrl(value.trim())) {
              setSyncedUrl(value.trim());
              onChange(railId, item.id, { url: value.trim() });
            }
          }}
        />
        {!urlValid && (
          <div id={`${id}-url-error`} className="inline-error" data-testid="rail-item-url-error">
            A link must start with http:// or https:// (no spaces). It is not saved until it does.
          </div>
        )}
      </div>
      <div className="rail-item__picture">
        {item.picture?.assetId ? (
          <>
            <img src={thumbnailUrl(item.picture.assetId)} alt={item.picture.alt} className="rail-item__thumb" />
            <div className="rail-item__picture-fields">
              <label htmlFor={`${id}-alt`} className="field__label">
                Item picture alt
              </label>
              <input
                id={`${id}-alt`}
                type="text"
                className="input"
                maxLength={1_000}
                value={item.picture.alt}
                onChange={(e) => item.picture && onChange(railId, item.id, { picture: { ...item.picture, alt: e.currentTarget.value } })}
              />
              <button type="button" className="button button--quiet button--small" onClick={() => onChange(railId, item.id, { picture: null })}>
                Remove picture
              </button>
            </div>
          </>
        ) : (
          <label className={`button button--quiet button--small${picture.busy ? ' is-busy' : ''}`}>
            {picture.busy ? 'Adding…' : 'Add picture…'}
            <input
              type="file"
              className="visually-hidden"
              accept={PICTURE_ACCEPT}
              aria-label={`Picture for item ${n}`}
              disabled={picture.busy}
              onChange={(e) => {
                const input = e.currentTarget;
                void onPictureFile(input.files?.[0]).finally(() => (input.value = ''));
              }}
            />
          </label>
        )}
        {picture.error && <DismissibleError message={picture.error} onDismiss={picture.clearError} />}
      </div>
    </li>
  );
});
