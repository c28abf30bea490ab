import type { Story } from '../story/storySchema.ts';
import { referencedAssetIds } from './referencedAssetIds.ts';

/** A schema.org NewsArticle as plain JSON-ready data. */
export interface NewsArticleJsonLd {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  headline: string;
  description?: string;
  author: { '@type': 'Person'; name: string }[];
  datePublished: string;
  dateModified: string;
  image?: string[];
  articleSection?: string;
  keywords?: string[];
  dateline?: string;
}

/**
 * Describes a story for search engines and aggregators. Image addresses are
 * relative (`images/<assetId>`), like the exported page itself; the hero comes
 * first. Empty fields are left out rather than sent as "".
 */
export function buildNewsArticleJsonLd(story: Story): NewsArticleJsonLd {
  const bodyAndHero = referencedAssetIds({ ...story, rails: [] });
  const data: NewsArticleJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.headline,
    author: story.bylines.filter((b) => b.trim() !== '').map((name) => ({ '@type': 'Person', name })),
    datePublished: story.createdAt,
    dateModified: story.updatedAt,
  };
  if (story.standfirst.trim() !== '') data.description = story.standfirst;
  if (bodyAndHero.length > 0) data.image = bodyAndHero.map((id) => `images/${id}`);
  if (story.kicker.trim() !== '') data.articleSection = story.kicker;
  if (story.tags.length > 0) data.keywords = [...story.tags];
  if (story.dateline.trim() !== '') data.dateline = story.dateline;
  return data;
}
