import type { StorySummary } from '@shared/api/contract.ts';
import { bodyToPlainText } from '@shared/story/bodyToPlainText.ts';
import type { BodyNode } from '@shared/story/bodySchema.ts';
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

/** A top-level block's reader-visible text, its words and its folded text. */
interface BlockText {
  text: string;
  words: number;
  folded: string;
}

/**
 * By block object. A save of the body's changed blocks (StoryLibrary.saveEdits) shares every other
 * block with the version before, so only the changed ones are read again: on a 20,000-word story
 * that is most of a save's work. The core never changes a story's objects in place.
 */
const blockTexts = new WeakMap<BodyNode, BlockText>();

function blockText(block: BodyNode): BlockText {
  let known = blockTexts.get(block);
  if (!known) {
    const text = bodyToPlainText(block);
    known = { text, words: countWords(text), folded: normalizeForSearch(text) };
    blockTexts.set(block, known);
  }
  return known;
}

/**
 * Builds the listing entry and the searchable text of a story: the same as counting the words of
 * the body's plain text and folding all the texts joined by line breaks, done block by block (no
 * word and no folding crosses a line break).
 */
export function summarizeStory(story: Story): IndexedStory {
  let wordCount = 0;
  const bodyLines: string[] = [];
  for (const block of story.body.content) {
    const { text, words, folded } = blockText(block);
    wordCount += words;
    // As bodyToPlainText does: one line per block that has text.
    if (text !== '') bodyLines.push(folded);
  }
  const fields = [story.kicker, story.headline, story.standfirst, ...story.bylines, ...story.tags];
  return {
    summary: {
      id: story.id,
      slug: story.slug,
      kicker: story.kicker,
      headline: story.headline,
      bylines: story.bylines,
      status: story.status,
      updatedAt: story.updatedAt,
      wordCount,
      heroAssetId: story.hero.assetId,
    },
    searchText: [...fields.map(normalizeForSearch), bodyLines.join('\n'), ...pictureTexts(story).map(normalizeForSearch)].join('\n'),
  };
}
