import type { FindOptions } from '@shared/text/findMatches.ts';
import { replaceMatches } from '@shared/text/findMatches.ts';
import type { Picture } from '@shared/story/storySchema.ts';
import type { StoryFields } from '../../stores/storyStore.ts';
import { nextSlug } from '../../stores/nextSlug.ts';
import type { SidePanelTab } from '../../stores/sidePanelStore.ts';

/** The side-panel tabs that hold fields of the story. */
type FieldPanelTab = Extract<SidePanelTab, 'details' | 'rails'>;

/** One text field of the story (not the body) that find and replace reads and writes. */
export interface FieldTarget {
  /** Stable within one story: "headline", "bylines.0", "hero.caption", "rails.<id>.items.<id>.title"… */
  key: string;
  /** Where the match is, for the find bar: "Headline", "Rail “Latest”, item 2 title". */
  label: string;
  text: string;
  maxLength: number;
  /** A CSS selector for the element that edits it, when there is one to select the match in. */
  selector: string | null;
  /** The side-panel tab that shows the field; null for a field on the page. */
  panelTab: FieldPanelTab | null;
  set: (fields: StoryFields, value: string) => StoryFields;
}

const PICTURE_FIELDS = [
  ['caption', 'caption', 2_000],
  ['credit', 'credit', 300],
  ['alt', 'alt text', 1_000],
  ['creator', 'creator', 300],
  ['source', 'source', 300],
  ['copyright', 'copyright', 500],
  ['usageTerms', 'usage terms', 2_000],
] as const;

function pictureTargets(picture: Picture, keyPrefix: string, labelPrefix: string, selectorPrefix: string | null, panelTab: FieldPanelTab | null, setPicture: (fields: StoryFields, picture: Picture) => StoryFields): FieldTarget[] {
  return PICTURE_FIELDS.map(([field, label, maxLength]) => ({
    key: `${keyPrefix}.${field}`,
    label: `${labelPrefix} ${label}`,
    text: picture[field],
    maxLength,
    selector: selectorPrefix === null ? null : `${selectorPrefix}-${field}"]`,
    panelTab,
    set: (fields, value) => setPicture(fields, { ...picture, [field]: value }),
  }));
}

/**
 * Every text field of the story outside the body, in the order a reader meets them (the page,
 * then the side panel): kicker, headline, standfirst, bylines, dateline, hero picture words,
 * tags, desk notes, rail names, rail items' titles, teasers and picture words. The slug and
 * rail links are left out: they are addresses, not words.
 */
export function storyFindTargets(fields: StoryFields): FieldTarget[] {
  const simple = (key: 'kicker' | 'headline' | 'standfirst' | 'dateline' | 'deskNotes', label: string, maxLength: number, panelTab: FieldPanelTab | null = null): FieldTarget => ({
    key,
    label,
    text: fields[key],
    maxLength,
    selector: `[data-testid="field-${key}"]`,
    panelTab,
    set: (f, value) => (key === 'headline' ? { ...f, headline: value, slug: nextSlug(f.headline, value, f.slug) } : { ...f, [key]: value }),
  });
  const targets: FieldTarget[] = [simple('kicker', 'Kicker', 80), simple('headline', 'Headline', 300), simple('standfirst', 'Standfirst', 1_500)];
  fields.bylines.forEach((byline, i) =>
    targets.push({
      key: `bylines.${i}`,
      label: fields.bylines.length > 1 ? `Byline ${i + 1}` : 'Byline',
      text: byline,
      maxLength: 120,
      selector: `[data-testid="field-byline-${i}"]`,
      panelTab: null,
      set: (f, value) => ({ ...f, bylines: f.bylines.map((b, j) => (j === i ? value : b)) }),
    }),
  );
  targets.push(simple('dateline', 'Dateline', 120));
  targets.push(...pictureTargets(fields.hero, 'hero', 'Main picture', '[data-testid="field-hero', null, (f, hero) => ({ ...f, hero })));
  fields.tags.forEach((tag) =>
    targets.push({
      // Tags are unique, so the tag itself names it (an index would move when a tag goes away).
      key: `tags.${tag}`,
      label: `Tag “${tag}”`,
      text: tag,
      maxLength: 60,
      selector: null,
      panelTab: 'details',
      // A tag replaced by nothing goes away (a tag is never empty); a tag that now repeats another is dropped.
      set: (f, value) => ({ ...f, tags: f.tags.map((t) => (t === tag ? value.trim() : t)).filter((t, j, all) => t !== '' && all.indexOf(t) === j) }),
    }),
  );
  targets.push(simple('deskNotes', 'Desk notes', 20_000, 'details'));
  for (const rail of fields.rails) {
    const railName = rail.name.trim() || 'Untitled rail';
    const setRail = (f: StoryFields, change: (r: typeof rail) => typeof rail): StoryFields => ({ ...f, rails: f.rails.map((r) => (r.id === rail.id ? change(r) : r)) });
    targets.push({
      key: `rails.${rail.id}.name`,
      label: `Rail name “${railName}”`,
      text: rail.name,
      maxLength: 80,
      selector: `[data-rail-id="${rail.id}"] [data-testid="rail-name"]`,
      panelTab: 'rails',
      set: (f, value) => setRail(f, (r) => ({ ...r, name: value })),
    });
    rail.items.forEach((item, n) => {
      const where = `Rail “${railName}”, item ${n + 1}`;
      const setItem = (f: StoryFields, patch: Partial<typeof item>): StoryFields => setRail(f, (r) => ({ ...r, items: r.items.map((it) => (it.id === item.id ? { ...it, ...patch } : it)) }));
      const itemSelector = `[data-item-id="${item.id}"]`;
      targets.push(
        { key: `rails.${rail.id}.items.${item.id}.title`, label: `${where} title`, text: item.title, maxLength: 300, selector: `${itemSelector} [data-testid="rail-item-title"]`, panelTab: 'rails', set: (f, value) => setItem(f, { title: value }) },
        { key: `rails.${rail.id}.items.${item.id}.teaser`, label: `${where} teaser`, text: item.teaser, maxLength: 1_000, selector: `${itemSelector} [data-testid="rail-item-teaser"]`, panelTab: 'rails', set: (f, value) => setItem(f, { teaser: value }) },
      );
      if (item.picture) targets.push(...pictureTargets(item.picture, `rails.${rail.id}.items.${item.id}.picture`, `${where} picture`, null, 'rails', (f, picture) => setItem(f, { picture })));
    });
  }
  return targets;
}

/** The result of replacing in the fields: the new fields, how many were replaced, and fields the replacement would make too long. */
export interface FieldsReplaceResult {
  fields: StoryFields;
  count: number;
  tooLong: string[];
}

/**
 * Replaces every match in every field at once (one new fields object, so one store update).
 * When any field would grow past its limit nothing is changed and `tooLong` names those fields.
 */
export function replaceInFields(fields: StoryFields, query: string, replacement: string, options: FindOptions): FieldsReplaceResult {
  let next = fields;
  let count = 0;
  const tooLong: string[] = [];
  for (const original of storyFindTargets(fields)) {
    const result = replaceMatches(original.text, query, replacement, options);
    if (result.count === 0) continue;
    // A target's setter works from the fields it was made with, so it is made again from the fields as they are now.
    const target = storyFindTargets(next).find((t) => t.key === original.key);
    if (!target) continue;
    if (result.text.length > target.maxLength) tooLong.push(target.label);
    next = target.set(next, result.text);
    count += result.count;
  }
  return tooLong.length > 0 ? { fields, count: 0, tooLong } : { fields: next, count, tooLong };
}
