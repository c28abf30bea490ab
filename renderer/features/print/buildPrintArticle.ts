import type { Story } from '@shared/story/storySchema.ts';
import { renderStoryHtml } from '@shared/export/renderStoryHtml.ts';

/**
 * The story laid out as the exported article (the same renderer as the HTML export, so print and
 * export never disagree): kicker, headline, standfirst, byline and dateline, hero with caption and
 * credit, the body. Parsed inertly (DOMParser runs nothing); pictures point at the app's display
 * copies and load at once rather than lazily, so they are there when the page is printed.
 */
export function buildPrintArticle(story: Story, pictureUrl: (assetId: string) => string, doc: Document = document): HTMLElement {
  const parsed = new DOMParser().parseFromString(renderStoryHtml(story), 'text/html');
  const article = parsed.querySelector('article') ?? parsed.createElement('article');
  for (const img of article.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    if (src.startsWith('images/')) img.setAttribute('src', pictureUrl(decodeURIComponent(src.slice('images/'.length))));
    img.removeAttribute('srcset');
    img.removeAttribute('loading');
  }
  for (const source of article.querySelectorAll('source')) source.remove();
  article.setAttribute('lang', story.language);
  return doc.importNode(article, true);
}
