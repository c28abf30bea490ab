import { defaultCreditLine } from '@shared/story/defaultCreditLine.ts';
import { emptyPicture } from '@shared/story/emptyPicture.ts';
import { useId, useRef, useState, type DragEvent } from 'react';
import type { Picture } from '@shared/story/storySchema.ts';
import { displayUrl } from '../../api/client.ts';
import { DismissibleError } from '../../app/DismissibleError.tsx';
import { focusSoon } from '../../app/focusSoon.ts';
import { useAssetInfo } from '../../stores/assetInfoStore.ts';
import { FromFileMark } from '../photo/FromFileMark.tsx';
import { isFromFile, type PictureTextField } from '../photo/pictureFileValue.ts';
import { pictureFactsText } from '../photo/pictureFactsText.ts';
import { prefillPicture } from '../photo/prefillPicture.ts';
import { HeroRights } from './HeroRights.tsx';
import { useStoryStore } from '../../stores/storyStore.ts';
import { showToast } from '../../stores/toastStore.ts';
import { PICTURE_ACCEPT, pictureFiles, usePictureImport } from './usePictureImport.ts';

const NO_PICTURE: Picture = emptyPicture();

/** The hero picture: the file, and the caption, credit and alt text that travel with it. */
export function HeroPicker() {
  const id = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const replaceRef = useRef<HTMLInputElement>(null);
  const hero = useStoryStore((s) => s.fields?.hero);
  const { busy, error, importFile, clearError } = usePictureImport();
  const [dragging, setDragging] = useState(false);
  const info = useAssetInfo(hero?.assetId);
  if (!hero) return null;
  const update = useStoryStore.getState().updateHero;
  const find = (testId: string) => () => sectionRef.current?.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const mark = (field: PictureTextField) => <FromFileMark show={isFromFile(info?.metadata, field, hero[field])} />;
  const printedCredit = defaultCreditLine({ source: hero.source, creator: hero.creator });

  /** A new file: the words already there stay; only empty ones are filled from the file. */
  async function onFile(file: File | undefined): Promise<void> {
    if (!file) return;
    const added = await importFile(file);
    const current = useStoryStore.getState().fields?.hero;
    if (added && current) update({ ...prefillPicture(current, added.metadata), assetId: added.assetId });
  }

  const dropZone = {
    onDragOver: (e: DragEvent) => {
      if (!e.dataTransfer.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      void onFile(pictureFiles(e.dataTransfer.files)[0]);
    },
  };

  /** Takes the picture and its words out, with an Undo that puts all of them back. */
  function remove(): void {
    const state = useStoryStore.getState();
    const removed = state.fields?.hero;
    const storyId = state.fields?.id;
    if (!removed || !storyId) return;
    clearError();
    update(NO_PICTURE);
    focusSoon(find('hero-choose-input'));
    showToast({
      message: 'Hero picture removed.',
      action: {
        label: 'Undo',
        run: () => {
          // Only into the story it came from; another story may be open by now.
          if (useStoryStore.getState().fields?.id !== storyId) return;
          useStoryStore.getState().updateHero(removed);
          focusSoon(find('hero-replace'));
        },
      },
    });
  }

  const onInputChange = (input: HTMLInputElement): void => {
    void onFile(input.files?.[0]).finally(() => (input.value = ''));
  };

  return (
    <section className="hero" aria-label="Hero" data-testid="hero" ref={sectionRef}>
      {hero.assetId ? (
        <figure className={`hero__figure${dragging ? ' is-dragging' : ''}`} title="Drop a picture file here to replace this one" {...dropZone}>
          <img className="hero__image" src={displayUrl(hero.assetId)} decoding="async" alt={hero.alt} data-testid="hero-image" />
          {info && (
            <figcaption className="picture-facts" data-testid="hero-facts">
              {pictureFactsText(info)}
            </figcaption>
          )}
          {/* Reached through "Replace picture"; a second tab stop for the same action would only confuse. */}
          <input
            ref={replaceRef}
            type="file"
            className="visually-hidden"
            tabIndex={-1}
            accept={PICTURE_ACCEPT}
            aria-label="Replace hero picture"
            data-testid="hero-file-input"
            disabled={busy}
            onChange={(e) => onInputChange(e.currentTarget)}
          />
        </figure>
      ) : (
        <div className={`hero__drop${dragging ? ' is-dragging' : ''}`} {...dropZone}>
          <label className={`button${busy ? ' is-busy' : ''}`}>
            {busy ? 'Adding picture…' : 'Add hero picture…'}
            <input
              type="file"
              className="visually-hidden"
              accept={PICTURE_ACCEPT}
              aria-label="Choose hero picture"
              data-testid="hero-choose-input"
              disabled={busy}
              onChange={(e) => onInputChange(e.currentTarget)}
            />
          </label>
          <span className="muted">or drop a JPEG, PNG or WebP here</span>
        </div>
      )}
      {error && <DismissibleError message={error} onDismiss={clearError} testId="hero-error" />}
      <div className="hero__fields">
        <div className="field field--caption">
          <div className="field__head">
            <label htmlFor={`${id}-caption`} className="field__label">
              Caption
            </label>
            {mark('caption')}
          </div>
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
            <div className="field__head">
              <label htmlFor={`${id}-credit`} className="field__label">
                Credit
              </label>
              {mark('credit')}
            </div>
            <input
              id={`${id}-credit`}
              type="text"
              className="input"
              maxLength={300}
              placeholder={printedCredit || 'e.g. EPA/MAURIZIO GAMBARINI'}
              title={hero.credit.trim() === '' && printedCredit ? `Empty: the page prints ${printedCredit} (SOURCE/CREATOR)` : undefined}
              value={hero.credit}
              data-testid="field-hero-credit"
              onChange={(e) => update({ credit: e.currentTarget.value })}
            />
          </div>
          <div className="field">
            <div className="field__head">
              <label htmlFor={`${id}-alt`} className="field__label">
                Alt text
              </label>
              {mark('alt')}
            </div>
            <input
              id={`${id}-alt`}
              type="text"
              className="input"
              maxLength={1_000}
              placeholder="Describe what the picture shows"
              value={hero.alt}
              aria-describedby={`${id}-alt-hint`}
              data-testid="field-hero-alt"
              onChange={(e) => update({ alt: e.currentTarget.value })}
            />
            <div id={`${id}-alt-hint`} className="field__hint">
              Describe what the picture shows for readers who cannot see it
            </div>
          </div>
        </div>
        <HeroRights picture={hero} metadata={info?.metadata ?? null} onChange={update} />
        {hero.assetId && (
          <div className="hero__actions">
            <button
              type="button"
              className={`button button--quiet button--small${busy ? ' is-busy' : ''}`}
              disabled={busy}
              data-testid="hero-replace"
              onClick={() => replaceRef.current?.click()}
            >
              {busy ? 'Adding…' : 'Replace picture'}
            </button>
            <button type="button" className="button button--quiet button--small button--danger" data-testid="hero-remove" onClick={remove}>
              Remove picture
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
