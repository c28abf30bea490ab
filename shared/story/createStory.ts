import { emptyPicture } from './emptyPicture.ts';
import type { Rail, Story } from './storySchema.ts';
import { DEFAULT_STORY_LANGUAGE, STORY_SCHEMA_VERSION } from './storyFormat.ts';

export const DEFAULT_RAIL_NAMES = ['Latest', "Don't miss"] as const;

/** A random id for stories, rails and rail items; works in Node and the browser. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function emptyRail(name: string): Rail {
  return { id: newId(), name, items: [] };
}

/** A blank story with the default rails, ready for a reporter. */
export function createStory(now: Date = new Date(), id: string = newId()): Story {
  const time = now.toISOString();
  return {
    schemaVersion: STORY_SCHEMA_VERSION,
    id,
    slug: '',
    language: DEFAULT_STORY_LANGUAGE,
    wordTarget: 0,
    kicker: '',
    headline: '',
    standfirst: '',
    bylines: [''],
    dateline: '',
    tags: [],
    status: 'draft',
    createdAt: time,
    updatedAt: time,
    deskNotes: '',
    hero: emptyPicture(),
    body: { type: 'doc', content: [{ type: 'paragraph' }] },
    rails: DEFAULT_RAIL_NAMES.map(emptyRail),
  };
}
