import type { Rail, RailItem, Story } from '../story/storySchema.ts';
import { WEB_URL } from '../story/webUrl.ts';
import { buildNewsArticleJsonLd } from './buildNewsArticleJsonLd.ts';
import { escapeHtml } from './escapeHtml.ts';
import { formatDisplayDate } from './formatDisplayDate.ts';
import { renderBodyHtml } from './renderBodyHtml.ts';
import { renderFigureHtml, type RenditionMap } from './renderFigureHtml.ts';
import { serializeJsonLd } from './serializeJsonLd.ts';
import { STORY_PAGE_CSS } from './storyPageCss.ts';

/**
 * No scripts, no outside requests: the page may only show its own pictures
 * (beside it in images/) and its inline style.
 */
export const STORY_PAGE_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";


function nonEmpty(text: string): boolean {
  return text.trim() !== '';
}

function renderHeader(story: Story): string {
  const bylines = story.bylines.filter(nonEmpty);
  const meta = [
    bylines.length > 0 ? `<span class="byline">By ${bylines.map((b) => `<span class="author">${escapeHtml(b)}</span>`).join(', ')}</span>` : '',
    nonEmpty(story.dateline) ? `<span class="dateline">${escapeHtml(story.dateline)}</span>` : '',
    `<time datetime="${escapeHtml(story.createdAt)}">${escapeHtml(formatDisplayDate(story.createdAt))}</time>`,
  ].filter(Boolean);
  return (
    '<header>' +
    (nonEmpty(story.kicker) ? `<p class="kicker">${escapeHtml(story.kicker)}</p>` : '') +
    `<h1>${escapeHtml(story.headline)}</h1>` +
    (nonEmpty(story.standfirst) ? `<p class="standfirst">${escapeHtml(story.standfirst)}</p>` : '') +
    `<p class="meta">${meta.join(' · ')}</p>` +
    '</header>'
  );
}

function renderRailItem(item: RailItem, renditions: RenditionMap | undefined): string {
  const picture = item.picture?.assetId ? renderFigureHtml(item.picture, 'rail-figure', renditions) : '';
  const title = WEB_URL.test(item.url)
    ? `<a href="${escapeHtml(item.url)}" rel="noopener noreferrer">${escapeHtml(item.title)}</a>`
    : `<span class="title">${escapeHtml(item.title)}</span>`;
  const teaser = nonEmpty(item.teaser) ? `<p>${escapeHtml(item.teaser)}</p>` : '';
  return `<li>${picture}${title}${teaser}</li>`;
}

function renderRail(rail: Rail, renditions: RenditionMap | undefined): string {
  const name = escapeHtml(rail.name);
  return `<aside class="rail" aria-label="${name}"><h2>${name}</h2><ul>${rail.items.map((item) => renderRailItem(item, renditions)).join('')}</ul></aside>`;
}

/** The largest JPEG rendition of a picture (what a search engine should take), else the original's name. */
function largestJpeg(assetPath: string, renditions: RenditionMap | undefined): string {
  const assetId = assetPath.slice('images/'.length);
  const jpeg = (renditions?.get(assetId) ?? []).filter((r) => r.format === 'jpeg').sort((a, b) => b.width - a.width)[0];
  return jpeg ? `images/${jpeg.fileName}` : assetPath;
}

/**
 * A story as one standalone HTML5 page: header, hero picture, body, the rails
 * and a JSON-LD NewsArticle block. Pictures are referenced by the renditions the
 * exporter wrote (`renditions`: assetId -> files in `images/`), or as
 * `images/<assetId>` when none are given. Desk notes are internal and never
 * rendered. Every string from the story is escaped. Pure: writes nothing.
 */
export function renderStoryHtml(story: Story, renditions?: RenditionMap): string {
  const hero =
    story.hero.assetId || nonEmpty(story.hero.caption) || nonEmpty(story.hero.credit) ? renderFigureHtml(story.hero, 'nd-figure hero', renditions) : '';
  const rails = story.rails
    .filter((rail) => rail.items.length > 0)
    .map((rail) => renderRail(rail, renditions))
    .join('\n');
  const jsonLd = buildNewsArticleJsonLd(story);
  if (jsonLd.image) jsonLd.image = jsonLd.image.map((image) => largestJpeg(image, renditions));
  const title = nonEmpty(story.headline) ? story.headline : 'Untitled story';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(STORY_PAGE_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Newsdesk">
<meta name="newsdesk-story-id" content="${escapeHtml(story.id)}">
<title>${escapeHtml(title)}</title>
<style>${STORY_PAGE_CSS}</style>
</head>
<body>
<main>
<article>
${renderHeader(story)}
${hero}
<div class="story-body">${renderBodyHtml(story.body, renditions)}</div>
</article>
${rails}
</main>
<script type="application/ld+json">${serializeJsonLd(jsonLd)}</script>
</body>
</html>
`;
}
