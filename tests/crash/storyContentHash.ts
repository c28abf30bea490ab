import { createHash } from 'node:crypto';
import type { Story } from '@shared/story/storySchema.ts';

/**
 * SHA-256 of a story's content without `updatedAt` (which the library sets on save), over
 * JSON with sorted keys, so the writer's object and the file read back hash alike.
 */
export function storyContentHash(story: Story): string {
  const { updatedAt: _updatedAt, ...content } = story;
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
