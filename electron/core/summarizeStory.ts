import type { StorySummary } from '@shared/api/contract.ts';
import { bodyToPlainText } from '@shared/story/bodyToPlainText.ts';
import { countWords } from '@shared/story/countWords.ts';
import { pictureTexts } from '@shared/story/pictureTexts.ts';
import type { Story } from '@shared/story/storySchema.ts';
import { normalizeForSearch } from './searchStories.ts';

/** What the library keeps per story for listing and searching without re-reading the file. */
export interface IndexedStory {
  summary: StorySummary;
  /** Kicker, headline, standfirst, bylines, tags, body text and picture captions/credits, folded by normalizeForSearch. */
  searchText: string;
}

/** Builds the listing entry and the searchable text of a story. */
export function summarizeStory(story: Story): IndexedStory {
  const bodyText = bodyToPlainText(story.body);
  return {
    summary: {
      id: story.id,
      slug: story.slug,
      kicker: story.kicker,
      headline: story.headline,
      bylines: story.bylines,
      status: story.status,
      updatedAt: story.updatedAt,
      wordCount: countWords(bodyText),
      heroAssetId: story.hero.assetId,
    },
    searchText: normalizeForSearch([story.kicker, story.headline, story.standfirst, ...story.bylines, ...story.tags, bodyText, ...pictureTexts(story)].join('\n')),
  };
}
