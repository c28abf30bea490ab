import { create } from 'zustand';
import type { Picture, Rail, Story, StoryFields } from '@shared/story/storySchema.ts';
import { nextSlug } from './nextSlug.ts';
import type { SaveState } from './saveQueue.ts';

/** Every field of a story except the body, which lives in the editor and is read only when saving. */
export type { StoryFields };

/** Fields a form may set directly (the rest change through dedicated actions). */
export type SimpleField = 'kicker' | 'standfirst' | 'dateline' | 'status' | 'deskNotes' | 'slug';

export interface StoryStoreState {
  fields: StoryFields | null;
  /** The updatedAt the library had when we last read or wrote the story; sent with every save. */
  baseUpdatedAt: string | null;
  /** Bumped by every user edit (never by saving), so autosave can watch it. */
  editRevision: number;
  /** Bumped when the story is (re)loaded, so the body editor is created afresh. */
  session: number;
  /** Word count of the body, reported by the editor. */
  bodyWords: number;
  save: SaveState;

  open: (story: Story) => void;
  close: () => void;
  setField: <K extends SimpleField>(key: K, value: StoryFields[K]) => void;
  setHeadline: (headline: string) => void;
  setBylines: (bylines: string[]) => void;
  setTags: (tags: string[]) => void;
  updateHero: (patch: Partial<Picture>) => void;
  setRails: (rails: Rail[]) => void;
  setBodyWords: (words: number) => void;
  setSaveState: (state: SaveState) => void;
  /** After a successful save: the library's new updatedAt becomes our base. */
  markSaved: (updatedAt: string) => void;
  /** Adopt another base (e.g. to overwrite after a conflict) without touching the user's fields. */
  setBase: (updatedAt: string) => void;
}

const idleSave: SaveState = { saving: false, dirty: false, lastSavedAt: null, failure: null };

function withoutBody(story: Story): StoryFields {
  const { body: _body, ...fields } = story;
  return fields;
}

/** The open story's non-body fields and its save status. Components select single fields. */
export const useStoryStore = create<StoryStoreState>()((set) => {
  const edit = (patch: (fields: StoryFields) => Partial<StoryFields>): void =>
    set((s) => (s.fields ? { fields: { ...s.fields, ...patch(s.fields) }, editRevision: s.editRevision + 1 } : {}));

  return {
    fields: null,
    baseUpdatedAt: null,
    editRevision: 0,
    session: 0,
    bodyWords: 0,
    save: idleSave,

    open: (story) =>
      set((s) => ({
        fields: withoutBody(story),
        baseUpdatedAt: story.updatedAt,
        session: s.session + 1,
        bodyWords: 0,
        save: { ...idleSave, lastSavedAt: story.updatedAt },
      })),
    close: () => set({ fields: null, baseUpdatedAt: null, save: idleSave, bodyWords: 0 }),
    setField: (key, value) => edit(() => ({ [key]: value })),
    setHeadline: (headline) => edit((f) => ({ headline, slug: nextSlug(f.headline, headline, f.slug) })),
    setBylines: (bylines) => edit(() => ({ bylines })),
    setTags: (tags) => edit(() => ({ tags })),
    updateHero: (patch) => edit((f) => ({ hero: { ...f.hero, ...patch } })),
    setRails: (rails) => edit(() => ({ rails })),
    setBodyWords: (bodyWords) => set({ bodyWords }),
    setSaveState: (save) => set({ save }),
    markSaved: (updatedAt) =>
      set((s) => (s.fields ? { baseUpdatedAt: updatedAt, fields: { ...s.fields, updatedAt } } : { baseUpdatedAt: updatedAt })),
    setBase: (updatedAt) => set({ baseUpdatedAt: updatedAt }),
  };
});
