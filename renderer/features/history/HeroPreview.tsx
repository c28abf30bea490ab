import { printedCredit } from '@shared/export/renderFigureHtml.ts';
import { ASSET_ID } from '@shared/story/assetId.ts';
import type { Picture } from '@shared/story/storySchema.ts';
import { thumbnailUrl } from '../../api/client.ts';

/** The version's hero picture with its caption and credit, small, as the preview shows it. */
export function HeroPreview({ hero }: { hero: Picture }) {
  const assetId = hero.assetId !== null && ASSET_ID.test(hero.assetId) ? hero.assetId : null;
  const credit = printedCredit(hero);
  if (assetId === null && hero.caption.trim() === '' && credit === '') return null;
  return (
    <figure className="revision-paper__hero">
      {assetId !== null && <img src={thumbnailUrl(assetId)} alt={hero.alt} />}
      {(hero.caption.trim() !== '' || credit !== '') && (
        <figcaption>
          {hero.caption.trim() !== '' && <span className="caption">{hero.caption}</span>} {credit !== '' && <span className="credit">{credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
