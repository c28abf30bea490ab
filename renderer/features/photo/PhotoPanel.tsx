import { defaultCreditLine } from '@shared/story/defaultCreditLine.ts';
import { pictureProblems } from '@shared/story/pictureProblems.ts';
import type { Picture } from '@shared/story/storySchema.ts';
import { useBodyFiguresStore } from '../../stores/bodyFiguresStore.ts';
import { getActiveStory } from '../../stores/activeStory.ts';
import { useStoryStore } from '../../stores/storyStore.ts';
import { listStoryPictures, type PictureSlot, type StoryPicture } from './listStoryPictures.ts';
import { PanelTextField } from './PanelTextField.tsx';
import { PictureThumb } from './PictureThumb.tsx';
import { showPictureTarget } from './showPictureTarget.ts';
import './photo.css';

type WordsPatch = Partial<Pick<Picture, 'caption' | 'credit' | 'alt'>>;

/** Writes words into a picture wherever it lives: the story fields, or the body's figure node. */
function updatePicture(slot: PictureSlot, patch: WordsPatch): void {
  const store = useStoryStore.getState();
  if (slot.kind === 'hero') {
    store.updateHero(patch);
  } else if (slot.kind === 'figure') {
    getActiveStory()?.bodyHandle()?.updateFigure(slot.index, patch);
  } else {
    const rails = store.fields?.rails;
    if (!rails) return;
    store.setRails(
      rails.map((rail) =>
        rail.id !== slot.railId
          ? rail
          : { ...rail, items: rail.items.map((item) => (item.id === slot.itemId && item.picture ? { ...item, picture: { ...item.picture, ...patch } } : item)) },
      ),
    );
  }
}

/**
 * The photo desk's view of the story: every picture with its thumbnail, its caption, credit
 * and alt text to edit in place, what is still missing, and a way to jump to it.
 */
export function PhotoPanel() {
  const hero = useStoryStore((s) => s.fields?.hero);
  const rails = useStoryStore((s) => s.fields?.rails);
  const figures = useBodyFiguresStore((s) => s.figures);
  if (!hero || !rails) return null;
  const pictures = listStoryPictures(hero, figures, rails);

  return (
    <div className="photo-panel" data-testid="photo-panel">
      {pictures.length === 0 ? (
        <p className="muted photo-panel__empty">No pictures yet. Add a hero picture, or a picture in the body with the toolbar, by dropping a file or by pasting one.</p>
      ) : (
        <ol className="photo-list">
          {pictures.map((p) => (
            <PhotoEntry key={p.key} entry={p} />
          ))}
        </ol>
      )}
    </div>
  );
}

function PhotoEntry({ entry }: { entry: StoryPicture }) {
  const { picture, slot } = entry;
  const hasFile = picture.assetId !== null && picture.assetId !== '';
  const problems = hasFile ? pictureProblems(picture) : [];
  const printedCredit = defaultCreditLine({ source: picture.source, creator: picture.creator });
  const label = entry.title.toLowerCase();

  return (
    <li className="photo-entry" data-testid="photo-entry" data-kind={slot.kind} aria-label={entry.title}>
      <div className="photo-entry__head">
        <PictureThumb assetId={picture.assetId} className="photo-entry__thumb" />
        <div className="photo-entry__title">
          <strong>{entry.title}</strong>
          <ul className="photo-status" data-testid="photo-status" aria-label={`Status of the ${label}`}>
            {!hasFile ? (
              <li className="photo-status__item is-problem">no picture file</li>
            ) : problems.length === 0 ? (
              <li className="photo-status__item is-ok">ready</li>
            ) : (
              problems.map((problem) => (
                <li key={problem.code} className="photo-status__item is-problem" data-code={problem.code}>
                  {problem.message}
                </li>
              ))
            )}
          </ul>
        </div>
        <button
          type="button"
          className="button button--quiet button--small photo-entry__show"
          data-testid="photo-show"
          aria-label={`Show the ${label}`}
          onClick={() => showPictureTarget(entry.target)}
        >
          Show
        </button>
      </div>
      <PanelTextField
        label="Caption"
        multiline
        maxLength={2_000}
        value={picture.caption}
        placeholder="What the picture shows, where and when"
        testId="photo-caption"
        onChange={(caption) => updatePicture(slot, { caption })}
      />
      <PanelTextField
        label="Credit"
        maxLength={300}
        value={picture.credit}
        placeholder={printedCredit || 'e.g. EPA/MAURIZIO GAMBARINI'}
        testId="photo-credit"
        onChange={(credit) => updatePicture(slot, { credit })}
      />
      <PanelTextField
        label="Alt text"
        multiline
        maxLength={1_000}
        value={picture.alt}
        placeholder="Describe what the picture shows"
        testId="photo-alt"
        onChange={(alt) => updatePicture(slot, { alt })}
      />
    </li>
  );
}
