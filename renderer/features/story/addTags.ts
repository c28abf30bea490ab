const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 60;

/** Adds typed tags to a list: trims, drops empties and duplicates (case-insensitive), respects the limits. */
export function addTags(existing: readonly string[], typed: string): string[] {
  const next = [...existing];
  for (const raw of typed.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH);
    if (tag === '' || next.length >= MAX_TAGS) continue;
    if (next.some((t) => t.toLowerCase() === tag.toLowerCase())) continue;
    next.push(tag);
  }
  return next;
}
