import { ASSET_ID } from '../story/assetId.ts';
import { defaultCreditLine } from '../story/defaultCreditLine.ts';
import { escapeHtml } from './escapeHtml.ts';

/** What a figure needs to be drawn: the same fields as the story's Picture. */
export interface FigureFields {
  assetId: string | null;
  caption: string;
  credit: string;
  alt: string;
  /** Used for the printed credit (`SOURCE/CREATOR`) when `credit` is empty. */
  creator?: string;
  source?: string;
}

/** One exported file of a picture, e.g. `images/<sha256>-960.jpg` is `{ width: 960, format: 'jpeg', fileName: '<sha256>-960.jpg' }`. */
export interface FigureRendition {
  width: number;
  height: number;
  format: 'webp' | 'jpeg';
  /** The file name inside `images/`. */
  fileName: string;
}

/** assetId -> that picture's renditions, as written by the exporter. */
export type RenditionMap = ReadonlyMap<string, readonly FigureRendition[]>;

/** How wide a figure is drawn: the full column (46rem) on wide screens, else the screen. */
export const FIGURE_SIZES = '(min-width: 48rem) 46rem, 100vw';

/** The width of the JPEG used as `src` for browsers without srcset. */
const FALLBACK_WIDTH = 960;

/** The credit printed under a figure: the photo editor's credit, else `SOURCE/CREATOR`. */
export function printedCredit(figure: Pick<FigureFields, 'credit' | 'creator' | 'source'>): string {
  return defaultCreditLine({ creditLine: figure.credit, source: figure.source, creator: figure.creator });
}

function srcset(renditions: readonly FigureRendition[]): string {
  return renditions.map((r) => `images/${r.fileName} ${r.width}w`).join(', ');
}

function renderPicture(assetId: string, alt: string, renditions: readonly FigureRendition[]): string {
  const byWidth = (format: FigureRendition['format']) => renditions.filter((r) => r.format === format).sort((a, b) => a.width - b.width);
  const webp = byWidth('webp');
  const jpeg = byWidth('jpeg');
  const fallback = jpeg.find((r) => r.width >= FALLBACK_WIDTH) ?? jpeg[jpeg.length - 1];
  if (!fallback) return `<img src="images/${escapeHtml(assetId)}" alt="${escapeHtml(alt)}" loading="lazy">`;
  const sizes = escapeHtml(FIGURE_SIZES);
  const source = webp.length > 0 ? `<source type="image/webp" srcset="${escapeHtml(srcset(webp))}" sizes="${sizes}">` : '';
  return (
    `<picture>${source}<img src="images/${escapeHtml(fallback.fileName)}" srcset="${escapeHtml(srcset(jpeg))}" sizes="${sizes}"` +
    ` width="${fallback.width}" height="${fallback.height}" alt="${escapeHtml(alt)}" loading="lazy"></picture>`
  );
}

/**
 * A picture as exported HTML. With renditions for it, a `<picture>` with a WebP `<source>` and a
 * JPEG `<img>` (srcset, sizes, width, height); without, a plain `<img src="images/<assetId>">`.
 * The printed credit is its own `<span class="credit">` so a site can style or move it.
 * A figure without a (valid) picture still keeps its caption and credit.
 */
export function renderFigureHtml(figure: FigureFields, className = 'nd-figure', renditions?: RenditionMap): string {
  const assetId = figure.assetId !== null && ASSET_ID.test(figure.assetId) ? figure.assetId : null;
  const img = assetId === null ? '' : renderPicture(assetId, figure.alt, renditions?.get(assetId) ?? []);
  const creditText = printedCredit(figure);
  const caption = figure.caption.trim() === '' ? '' : `<span class="caption">${escapeHtml(figure.caption)}</span>`;
  const credit = creditText === '' ? '' : `<span class="credit">${escapeHtml(creditText)}</span>`;
  const figcaption = caption || credit ? `<figcaption>${[caption, credit].filter(Boolean).join(' ')}</figcaption>` : '';
  return `<figure class="${escapeHtml(className)}">${img}${figcaption}</figure>`;
}
