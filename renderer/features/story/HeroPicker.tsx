import { useId, useState } from 'react';
import { assetUrl } from '../../api/client.ts';
import { useStoryStore } from '../../stores/storyStore.ts';
import { PICTURE_ACCEPT, usePictureImport } from './usePictureImport.ts';

/** The hero picture: the file, and the caption, credit and alt text that travel with it. */
export function HeroPicker() {
  const id = useId();
  const hero = useStoryStore((s) => s.fields?.hero);
  const { busy, error, importFile } = usePictureImport();
  const [dragging, setDragging] = useState(false);
  if (!hero) return null;
  const update = useStoryStore.getState().updateHero;

  async function onFile(file: File | undefined): Promise<void> {
    if (!file) return;
    const assetId = await importFile(file);
    if (assetId) update({ assetId });
  }

  const fileInput = (label: string) => (
    <input
      type="file"
      className="visually-hidden"
      accept={PICTURE_ACCEPT}
      aria-label={label}
      data-testid="hero-file-input"
      disabled={busy}
      onChange={(e) => {
        const input = e.currentTarget;
        void onFile(input.files?.[0]).finally(() => (input.value = ''));
      }}
    />
  );

  return (
    <section className="hero" aria-label="Hero" data-testid="hero">
      {hero.assetId ? (
        <figure className="hero__figure">
          <img className="hero__image" src={assetUrl(hero.assetId)} alt={hero.alt} data-testid="hero-image" />
          <div className="hero__actions">
            <label className={`button button--small${busy ? ' is-busy' : ''}`}>
              {busy ? 'Adding…' : 'Replace…'}
              {fileInput('Replace hero picture')}
            </label>
            <button type="button" className="button button--small button--quiet" onClick={() => update({ assetId: null })}>
              Remove picture
            </button>
          </div>
        </figure>
      ) : (
        <div
          className={`hero__drop${dragging ? ' is-dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void onFile(e.dataTransfer.files[0]);
          }}
        >
          <label className={`button${busy ? ' is-busy' : ''}`}>
            {busy ? 'Adding picture…' : 'Add hero picture…'}
            {fileInput('Choose hero picture')}
          </label>
          <span className="muted">or drop a JPEG, PNG or WebP here</span>
        </div>
      )}
      {error && (
        <p className="inline-error" role="alert" data-testid="hero-error">
          {error}
        </p>
      )}
      <div className="hero__fields">
        <div className="field field--caption">
          <label htmlFor={`${id}-caption`} className="field__label">
            Caption
          </label>
          <textarea
            id={`${id}-caption`}
            className="input"
            rows={2}
            maxLength={2_000}
            placeholder="What the picture shows, where and when"
            value={hero.caption}
            data-testid="field-hero-caption"
            onChange={(e) => update({ caption: e.currentTarget.value })}
          />
        </div>
        <div className="hero__row">
          <div className="field">
            <label htmlFor={`${id}-credit`} className="field__label">
              Credit
            </label>
            <input
              id={`${id}-credit`}
              type="text"
              className="input"
              maxLength={300}
              placeholder="e.g. EPA/MAURIZIO GAMBARINI"
              value={hero.credit}
              data-testid="field-hero-credit"
              onChange={(e) => update({ credit: e.currentTarget.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-alt`} className="field__label">
              Alt text
            </label>
            <input
              id={`${id}-alt`}
              type="text"
              className="input"
              maxLength={1_000}
              placeholder="Describe the picture for readers who cannot see it"
              value={hero.alt}
              data-testid="field-hero-alt"
              onChange={(e) => update({ alt: e.currentTarget.value })}
            />
          </div>
        </div>
      </div>
    </section>
  );
}
