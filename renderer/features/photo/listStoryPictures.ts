import type { PreflightTarget } from '@shared/story/preflightStory.ts';
import type { Picture, Rail } from '@shared/story/storySchema.ts';
import type { BodyFigure } from '../../editor/bodyEditorTypes.ts';

/** Where a picture of the story lives, so the panel can edit it in place. */
export type PictureSlot = { kind: 'hero' } | { kind: 'figure'; index: number } | { kind: 'rail-item'; railId: string; itemId: string };

/** One picture of the story as the photo panel lists it. */
export interface StoryPicture {
  key: string;
  title: string;
  slot: PictureSlot;
  target: PreflightTarget;
  picture: Picture;
}

/**
 * Every picture of the story in reading order: the hero (when it has a file), each body figure
 * (even one still waiting for its file, so it can be found), then each rail item's picture.
 */
export function listStoryPictures(hero: Picture, figures: readonly BodyFigure[], rails: readonly Rail[]): StoryPicture[] {
  const list: StoryPicture[] = [];
  if (hero.assetId) list.push({ key: 'hero', title: 'Hero', slot: { kind: 'hero' }, target: { kind: 'hero' }, picture: hero });
  for (const figure of figures) {
    list.push({
      key: `figure-${figure.index}`,
      title: `Body picture ${figure.index}`,
      slot: { kind: 'figure', index: figure.index },
      target: { kind: 'figure', index: figure.index },
      picture: { ...figure.attrs },
    });
  }
  rails.forEach((rail, r) => {
    rail.items.forEach((item, i) => {
      if (!item.picture?.assetId) return;
      const railName = rail.name.trim() || `Rail ${r + 1}`;
      list.push({
        key: `rail-${item.id}`,
        title: `${railName}, item ${i + 1}`,
        slot: { kind: 'rail-item', railId: rail.id, itemId: item.id },
        target: { kind: 'rail-item', railIndex: r + 1, itemIndex: i + 1 },
        picture: item.picture,
      });
    });
  });
  return list;
}
