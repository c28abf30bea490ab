import { bodyToPlainText } from '../../story/bodyToPlainText.ts';
import { countWords } from '../../story/countWords.ts';
import type { Rail, Story } from '../../story/storySchema.ts';
import type { StoryStatus } from '../../story/storyStatus.ts';
import type { FigureRendition } from '../renderFigureHtml.ts';
import { renderBodyHtml } from '../renderBodyHtml.ts';
import {
  NEWSDESK_BODY_CONTENT_TYPE,
  NEWSDESK_BODY_ROLE,
  NEWSDESK_ID_ROLE,
  NINJS_STANDARD,
  STORY_URN_PREFIX,
  type NinjsBody,
  type NinjsItem,
  type NinjsRenditionMap,
} from './ninjsTypes.ts';
import { bodyFigures } from './bodyFigures.ts';
import { renderNinjsPicture, type NinjsPictureContext } from './renderNinjsPicture.ts';
import { webAddressToUri } from './toNinjsUri.ts';

export interface RenderNinjsOptions {
  /** The picture files the exporter wrote into `images/`, per assetId. */
  renditions: NinjsRenditionMap;
  /** Absolute URL of the export folder, ending in "/" (a file: URL, or where the folder is published). */
  baseUrl: string;
}

/**
 * ninjs has three publication states. Only an approved story may be used; every earlier state
 * (draft, ready for the photo desk, ready for the desk) is `withheld`. `canceled` is never written.
 */
export const PUBSTATUS_FOR_STATUS: Record<StoryStatus, 'usable' | 'withheld'> = {
  draft: 'withheld',
  'ready-for-photo-desk': 'withheld',
  'ready-for-desk': 'withheld',
  approved: 'usable',
};

/** "A", "A and B", "A, B and C", as AP writes `by`. */
export function joinBylines(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** Characters of the reader-visible text, line breaks between blocks not counted. */
function charCount(plain: string): number {
  return Array.from(plain.replace(/\n/g, '')).length;
}

function bodies(story: Story, options: RenderNinjsOptions): NinjsBody[] {
  const plain = bodyToPlainText(story.body);
  const counts = { wordcount: countWords(plain), charcount: charCount(plain) };
  const htmlRenditions = new Map<string, FigureRendition[]>(
    [...options.renditions].map(([id, files]) => [id, files.map(({ width, height, format, fileName }) => ({ width, height, format, fileName }))]),
  );
  return [
    { role: 'main', contenttype: 'text/html', ...counts, value: renderBodyHtml(story.body, htmlRenditions) },
    { role: 'text', contenttype: 'text/plain', ...counts, value: plain },
    { role: NEWSDESK_BODY_ROLE, contenttype: NEWSDESK_BODY_CONTENT_TYPE, value: JSON.stringify(story.body) },
  ];
}

function railAssociation(story: Story, rail: Rail, index: number, context: NinjsPictureContext): NinjsItem {
  const railUri = `${STORY_URN_PREFIX}${story.id}:rail:${encodeURIComponent(rail.id)}`;
  const items = rail.items.map((item, i): NinjsItem => {
    const out: NinjsItem = {
      name: `item-${i + 1}`,
      uri: (item.url === '' ? null : webAddressToUri(item.url)) ?? `${railUri}:item:${encodeURIComponent(item.id)}`,
      type: 'text',
      altids: [{ role: NEWSDESK_ID_ROLE, value: item.id }],
    };
    if (item.title !== '') out.headlines = [{ role: 'main', value: item.title }];
    if (item.teaser !== '') out.descriptions = [{ role: 'teaser', contenttype: 'text/plain', value: item.teaser }];
    const picture = item.picture ? renderNinjsPicture('picture', item.picture, item.title, context) : null;
    if (picture) out.associations = [picture];
    return out;
  });
  const out: NinjsItem = { name: `rail-${index + 1}`, uri: railUri, type: 'composite', altids: [{ role: NEWSDESK_ID_ROLE, value: rail.id }] };
  if (rail.name !== '') out.headlines = [{ role: 'main', value: rail.name }];
  if (items.length > 0) out.associations = items;
  return out;
}

/**
 * A story as an IPTC ninjs 2.2 news item (validates against ninjs-schema_2.2.json):
 * headline and kicker → `headlines` (roles main, kicker); standfirst → `descriptions` (summary);
 * bylines → `by` ("A, B and C") and `people` (rel author); body → `bodies` (HTML, plain text, and
 * the lossless TipTap JSON, the first two with word and character counts); dateline → `located`;
 * slug → `slugline`; tags → `subjects`; status → `pubstatus` (see PUBSTATUS_FOR_STATUS);
 * created/updated → `firstcreated`/`versioncreated` (`version` is the update time in ms);
 * `language`. Pictures (hero, then body figures in order) and rails are `associations`: pictures
 * via renderNinjsPicture; each rail a composite holding its items (uri = the item's web address,
 * headline = title, description role teaser, its picture nested). Desk notes never leave.
 */
export function renderNinjs(story: Story, options: RenderNinjsOptions): NinjsItem {
  const context: NinjsPictureContext = { renditions: options.renditions, baseUrl: options.baseUrl, language: story.language };
  const item: NinjsItem = {
    uri: `${STORY_URN_PREFIX}${story.id}`,
    type: 'text',
    representationtype: 'full',
    standard: { ...NINJS_STANDARD },
    version: String(Date.parse(story.updatedAt)),
    firstcreated: story.createdAt,
    versioncreated: story.updatedAt,
    pubstatus: PUBSTATUS_FOR_STATUS[story.status],
    language: story.language,
  };
  if (story.slug !== '') item.slugline = story.slug;
  const headlines = [
    ...(story.headline !== '' ? [{ role: 'main', value: story.headline }] : []),
    ...(story.kicker !== '' ? [{ role: 'kicker', value: story.kicker }] : []),
  ];
  if (headlines.length > 0) item.headlines = headlines;
  if (story.standfirst !== '') item.descriptions = [{ role: 'summary', contenttype: 'text/plain', value: story.standfirst }];
  const authors = story.bylines.filter((b) => b.trim() !== '');
  if (authors.length > 0) {
    item.by = joinBylines(authors);
    item.people = authors.map((name) => ({ name, rel: 'author' }));
  }
  if (story.dateline !== '') item.located = story.dateline;
  if (story.tags.length > 0) item.subjects = story.tags.map((name) => ({ name }));
  item.bodies = bodies(story, options);

  const pictures = [
    renderNinjsPicture('hero', story.hero, story.headline, context),
    ...bodyFigures(story.body).map((figure, i) => renderNinjsPicture(`figure-${i + 1}`, figure, story.headline, context)),
  ].filter((p): p is NinjsItem => p !== null);
  const associations = [...pictures, ...story.rails.map((rail, i) => railAssociation(story, rail, i, context))];
  if (associations.length > 0) item.associations = associations;
  return item;
}

/** The ninjs export file's text: renderNinjs, pretty-printed. */
export function serializeNinjs(story: Story, options: RenderNinjsOptions): string {
  return `${JSON.stringify(renderNinjs(story, options), null, 2)}\n`;
}
