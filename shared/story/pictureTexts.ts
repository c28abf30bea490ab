import type { BodyNode } from './bodySchema.ts';
import type { Story } from './storySchema.ts';

/** Captions and credits of every picture in a story (hero first, then body figures), for search. */
export function pictureTexts(story: Story): string[] {
  const texts = [story.hero.caption, story.hero.credit];
  const walk = (node: BodyNode): void => {
    if (node.type === 'figure') {
      for (const key of ['caption', 'credit'] as const) {
        const value = node.attrs?.[key];
        if (typeof value === 'string') texts.push(value);
      }
    }
    node.content?.forEach(walk);
  };
  story.body.content.forEach(walk);
  return texts.filter((t) => t.trim() !== '');
}
