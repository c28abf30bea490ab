import { isDeepStrictEqual } from 'node:util';
import type { Story } from '@shared/story/storySchema.ts';

/** Equal apart from the times the library sets itself. */
export function sameContent(onDisk: Story, incoming: Story): boolean {
  // Through JSON, as the file holds it: an optional field sent as undefined equals one left out.
  const asSaved: unknown = JSON.parse(JSON.stringify({ ...incoming, createdAt: onDisk.createdAt, updatedAt: onDisk.updatedAt }));
  return isDeepStrictEqual(asSaved, JSON.parse(JSON.stringify(onDisk)));
}

/** The same moment, however each time is written; a time that does not parse is never the same. */
export function sameInstant(a: string, b: string): boolean {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return Number.isFinite(ta) && ta === tb;
}
