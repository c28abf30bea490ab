import { slugify } from '@shared/story/slugify.ts';

/**
 * The slug after the headline changes: it follows the headline while it is
 * empty or still equals the slug of the previous headline; once the user has
 * edited it, it stays as they wrote it.
 */
export function nextSlug(previousHeadline: string, nextHeadline: string, currentSlug: string): string {
  if (currentSlug === '' || currentSlug === slugify(previousHeadline)) return slugify(nextHeadline);
  return currentSlug;
}

/** Keeps what a user types in the slug field valid: lowercase words joined by single dashes. */
export function cleanSlugInput(text: string): string {
  return slugify(text, 120);
}
