import { ASSET_ID } from '../story/bodySchema.ts';
import { escapeHtml } from './escapeHtml.ts';

/** What a figure needs to be drawn: the same fields as the story's Picture. */
export interface FigureFields {
  assetId: string | null;
  caption: string;
  credit: string;
  alt: string;
}

/**
 * A picture as exported HTML: the image points at `images/<assetId>` beside the
 * page, and the credit is its own element so a site can style or move it.
 * A figure without a (valid) picture still keeps its caption and credit.
 */
export function renderFigureHtml(figure: FigureFields, className = 'nd-figure'): string {
  const img =
    figure.assetId !== null && ASSET_ID.test(figure.assetId)
      ? `<img src="images/${escapeHtml(figure.assetId)}" alt="${escapeHtml(figure.alt)}" loading="lazy">`
      : '';
  const caption = figure.caption.trim() === '' ? '' : `<span class="caption">${escapeHtml(figure.caption)}</span>`;
  const credit = figure.credit.trim() === '' ? '' : `<span class="credit">${escapeHtml(figure.credit)}</span>`;
  const figcaption = caption || credit ? `<figcaption>${[caption, credit].filter(Boolean).join(' ')}</figcaption>` : '';
  return `<figure class="${escapeHtml(className)}">${img}${figcaption}</figure>`;
}
