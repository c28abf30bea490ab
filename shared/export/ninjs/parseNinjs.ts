import { ApiError } from '../../api/apiError.ts';
import { bodyDocSchema, type BodyDoc, type BodyNode } from '../../story/bodySchema.ts';
import { createStory, newId } from '../../story/createStory.ts';
import { defaultCreditLine } from '../../story/defaultCreditLine.ts';
import { describeIssues } from '../../story/describeIssues.ts';
import { exceedsJsonDepth, MAX_STORY_JSON_DEPTH } from '../../story/exceedsJsonDepth.ts';
import { slugify } from '../../story/slugify.ts';
import { LANGUAGE_TAG, storyIdSchema, storySchema, type Picture, type Rail, type Story } from '../../story/storySchema.ts';
import { WEB_URL } from '../../story/webUrl.ts';
import { referencedAssetIds } from '../referencedAssetIds.ts';
import { NEWSDESK_BODY_CONTENT_TYPE, NEWSDESK_BODY_ROLE, NEWSDESK_ID_ROLE, STORY_URN_PREFIX } from './ninjsTypes.ts';
import { markupToText, ninjsTextToBody } from './ninjsTextToBody.ts';
import { altId, asObject, asObjects, asString, clip, textWithRole, type JsonObject } from './readNinjsJson.ts';
import { readNinjsPicture } from './readNinjsPicture.ts';

/** A picture the story uses and the exported file (relative to the ninjs file) that holds it. */
export interface NinjsPictureFile {
  assetId: string;
  file: string;
}

export interface ParsedNinjs {
  story: Story;
  /** One entry per picture the story uses. */
  pictures: NinjsPictureFile[];
  /** True when the file is a Newsdesk export (story urn and lossless body). */
  fromNewsdesk: boolean;
  /** What did not come across as it was, in words for the user. */
  notices: string[];
}

function badInput(message: string, details?: string[]): ApiError {
  return new ApiError('bad-input', message, details);
}

function isoOr(value: unknown, fallback: string): string {
  const text = asString(value);
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text)) ? text : fallback;
}

function readBody(item: JsonObject, notices: string[]): { body: BodyDoc; lossless: boolean } {
  const bodies = asObjects(item.bodies);
  const own = bodies.find((b) => b.role === NEWSDESK_BODY_ROLE && b.contenttype === NEWSDESK_BODY_CONTENT_TYPE);
  if (own) {
    let data: unknown;
    try {
      data = JSON.parse(asString(own.value));
    } catch {
      throw badInput('The ninjs file is damaged: its Newsdesk body is not valid JSON.');
    }
    const parsed = bodyDocSchema.safeParse(data);
    if (!parsed.success) throw badInput(`The ninjs file's Newsdesk body is not valid: ${describeIssues(parsed.error).slice(0, 3).join('; ')}`, describeIssues(parsed.error));
    return { body: parsed.data, lossless: true };
  }
  const plain = bodies.find((b) => b.contenttype === 'text/plain');
  const markup = bodies.find((b) => typeof b.value === 'string');
  if (plain || markup) notices.push('The body came from another system: it was imported as plain paragraphs (no links, lists or pictures).');
  return { body: ninjsTextToBody(plain ? asString(plain.value) : markupToText(asString(markup?.value))), lossless: false };
}

/** Puts each `figure-N` association's words back on the Nth body figure; the body's own picture reference stays. */
function withFigureWords(body: BodyDoc, figures: ReadonlyMap<number, Picture>): BodyDoc {
  let n = 0;
  const walk = (node: BodyNode): BodyNode => {
    if (node.type === 'figure') {
      n += 1;
      const words = figures.get(n);
      if (!words) return node;
      const { assetId: _ignored, ...text } = words;
      void _ignored;
      // The association carries the printed credit line; when that is what the figure prints, keep the figure's own (maybe empty) credit.
      const own = typeof node.attrs?.credit === 'string' ? node.attrs.credit : '';
      const credit = defaultCreditLine({ creditLine: own, source: text.source, creator: text.creator }) === text.credit ? own : text.credit;
      return { ...node, attrs: { ...node.attrs, ...text, credit } };
    }
    return node.content ? { ...node, content: node.content.map(walk) } : node;
  };
  return { type: 'doc', content: body.content.map(walk) };
}

function readRails(associations: JsonObject[], storyUri: string): Rail[] {
  return associations
    .filter((a) => a.type === 'composite' && asString(a.uri).startsWith(`${storyUri}:rail:`))
    .slice(0, 12)
    .map((rail) => ({
      id: clip(altId(rail, NEWSDESK_ID_ROLE), 64) || newId(),
      name: clip(textWithRole(rail.headlines, ['main', undefined]), 80),
      items: asObjects(rail.associations)
        .slice(0, 200)
        .map((entry) => {
          const uri = asString(entry.uri);
          const picture = asObjects(entry.associations).find((p) => p.type === 'picture');
          return {
            id: clip(altId(entry, NEWSDESK_ID_ROLE), 64) || newId(),
            title: clip(textWithRole(entry.headlines, ['main', undefined]), 300),
            teaser: clip(textWithRole(entry.descriptions, ['teaser', undefined]), 1_000),
            url: WEB_URL.test(uri) && uri.length <= 2_000 ? uri : '',
            picture: picture ? readNinjsPicture(picture).picture : null,
          };
        }),
    }));
}

/** Every association picture with a file, by assetId (the first use of a picture names its file). */
function pictureFiles(associations: JsonObject[], into = new Map<string, string>()): Map<string, string> {
  for (const a of associations) {
    if (a.type === 'picture') {
      const { picture, file } = readNinjsPicture(a);
      if (picture.assetId && file && !into.has(picture.assetId)) into.set(picture.assetId, file);
    }
    pictureFiles(asObjects(a.associations), into);
  }
  return into;
}

function parseJson(json: string): JsonObject {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw badInput(`This is not a ninjs file: it is not valid JSON (${err instanceof Error ? err.message : String(err)}).`);
  }
  const item = asObject(data);
  if (!item || typeof item.uri !== 'string') throw badInput('This is not a ninjs file: a ninjs news item is a JSON object with a "uri".');
  if (exceedsJsonDepth(data)) throw badInput(`The ninjs file is nested more than ${MAX_STORY_JSON_DEPTH} levels deep, which no story is.`);
  return item;
}

/**
 * Reads an IPTC ninjs news item into a new Story. A Newsdesk export (renderNinjs) comes back with
 * its text, body (from the lossless body), pictures' words and rails; which picture files to
 * import is in `pictures`. Another provider's item is read as far as the same fields go: its
 * body as plain paragraphs, its first picture's words on the hero (no picture file), status
 * draft. `usable` reads as approved, anything else as draft. Throws ApiError('bad-input') with a
 * readable message when the file is not ninjs or what it holds is not a valid story.
 */
export function parseNinjs(json: string, now: Date = new Date()): ParsedNinjs {
  const item = parseJson(json);
  const notices: string[] = [];
  const uri = asString(item.uri);
  const ownId = uri.startsWith(STORY_URN_PREFIX) ? uri.slice(STORY_URN_PREFIX.length) : '';
  const idOk = storyIdSchema.safeParse(ownId).success;
  const base = createStory(now);
  const { body, lossless } = readBody(item, notices);
  const fromNewsdesk = idOk && lossless;
  const associations = asObjects(item.associations);
  const pictureAssociations = associations.filter((a) => a.type === 'picture');
  const hero = pictureAssociations.find((a) => a.name === 'hero') ?? (fromNewsdesk ? undefined : pictureAssociations[0]);
  const figures = new Map<number, Picture>();
  for (const a of pictureAssociations) {
    const n = /^figure-(\d+)$/.exec(asString(a.name))?.[1];
    if (n) figures.set(Number(n), readNinjsPicture(a).picture);
  }
  const authors = asObjects(item.people).filter((p) => p.rel === 'author').map((p) => clip(asString(p.name), 120));
  const by = clip(asString(item.by), 120);
  const slugline = asString(item.slugline);
  const language = asString(item.language);
  const tags = [...new Set(asObjects(item.subjects).map((s) => clip((asString(s.name) || asString(s.literal)).trim(), 60)).filter((t) => t !== ''))];

  const candidate: Story = {
    ...base,
    id: idOk ? ownId : base.id,
    slug: /^([a-z0-9]+(-[a-z0-9]+)*)?$/.test(slugline) && slugline.length <= 120 ? slugline : slugify(slugline),
    language: LANGUAGE_TAG.test(language) && language.length <= 35 ? language : base.language,
    kicker: clip(textWithRole(item.headlines, ['kicker']), 80),
    headline: clip(textWithRole(item.headlines, ['main', undefined, 'simple']), 300),
    standfirst: clip(textWithRole(item.descriptions, ['summary', 'text', undefined]), 1_500),
    bylines: (authors.length > 0 ? authors : [by]).slice(0, 12),
    dateline: clip(asString(item.located), 120),
    tags: tags.slice(0, 50),
    status: fromNewsdesk && item.pubstatus === 'usable' ? 'approved' : 'draft',
    createdAt: isoOr(item.firstcreated, isoOr(item.versioncreated, base.createdAt)),
    updatedAt: isoOr(item.versioncreated, base.updatedAt),
    hero: hero ? readNinjsPicture(hero).picture : base.hero,
    body: lossless ? withFigureWords(body, figures) : body,
    rails: fromNewsdesk ? readRails(associations, uri) : [],
  };
  const checked = storySchema.safeParse(candidate);
  if (!checked.success) {
    const problems = describeIssues(checked.error);
    throw badInput(`The ninjs file does not make a valid story: ${problems.slice(0, 3).join('; ')}`, problems);
  }
  const files = pictureFiles(associations);
  const pictures: NinjsPictureFile[] = [];
  const missing: string[] = [];
  for (const assetId of referencedAssetIds(checked.data)) {
    const file = files.get(assetId);
    if (file) pictures.push({ assetId, file });
    else missing.push(`the picture ${assetId} has no rendition file in the ninjs associations`);
  }
  if (missing.length > 0) throw badInput(`The ninjs file is not complete: ${missing[0] ?? ''}.`, missing);
  return { story: checked.data, pictures, fromNewsdesk, notices };
}
