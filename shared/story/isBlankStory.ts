import { DEFAULT_RAIL_NAMES } from './createStory.ts';
import { emptyPicture } from './emptyPicture.ts';
import type { Picture, Story } from './storySchema.ts';
import { DEFAULT_STORY_LANGUAGE } from './storyFormat.ts';

const EMPTY_PICTURE = emptyPicture();

const isEmptyPicture = (picture: Picture): boolean =>
  (Object.keys(EMPTY_PICTURE) as (keyof Picture)[]).every((key) => picture[key] === EMPTY_PICTURE[key]);

/** A body that is one empty paragraph, as a new story's is. */
function isEmptyBody(body: Story['body']): boolean {
  const only = body.content?.length === 1 ? body.content[0] : undefined;
  return only !== undefined && only.type === 'paragraph' && (only.content ?? []).length === 0;
}

/**
 * Whether a story still holds nothing a person wrote or chose: what "New story" makes, at most
 * with the byline the settings put in. Such a story can be let go without losing anything.
 */
export function isBlankStory(story: Story): boolean {
  return (
    story.slug === '' &&
    story.kicker === '' &&
    story.headline === '' &&
    story.standfirst === '' &&
    story.dateline === '' &&
    story.deskNotes === '' &&
    story.tags.length === 0 &&
    story.bylines.length === 1 &&
    story.wordTarget === 0 &&
    story.status === 'draft' &&
    story.language === DEFAULT_STORY_LANGUAGE &&
    isEmptyPicture(story.hero) &&
    isEmptyBody(story.body) &&
    story.rails.length === DEFAULT_RAIL_NAMES.length &&
    story.rails.every((rail, i) => rail.name === DEFAULT_RAIL_NAMES[i] && rail.items.length === 0)
  );
}
