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
 *
 * The body's lines are joined, and the result put together with the other texts by `+`, which V8
 * does by linking the three parts instead of copying them into one new string. A 20,000-word story's
 * text is just over 128 KiB, and each new string that size is a fresh mapping of memory (about 0.5 ms
 * here, on every autosave); linked, the copy is made once, when the text is first searched or written
 * to the index file, after typing has paused.
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
  const pictures = pictureTexts(story);
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
    // fields, then the body (an empty line if it has no text), then the pictures' texts, one per line.
    searchText: `${fields.map(normalizeForSearch).join('\n')}\n` + bodyLines.join('\n') + (pictures.length > 0 ? `\n${pictures.map(normalizeForSearch).join('\n')}` : ''),
  };
}
