/**
 * The part of IPTC ninjs 2.2 that Newsdesk writes and reads. Property names are the schema's own
 * (all lowercase); every object is closed in the schema, so nothing else may be added.
 */

/** The schema a ninjs export claims, in its `standard` object. */
export const NINJS_STANDARD = {
  name: 'ninjs',
  version: '2.2',
  schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json',
} as const;

/** `uri` of a story: `urn:newsdesk:story:<id>`; of a picture: `urn:newsdesk:picture:<assetId>`. */
export const STORY_URN_PREFIX = 'urn:newsdesk:story:';
export const PICTURE_URN_PREFIX = 'urn:newsdesk:picture:';

/**
 * The lossless body: the story's TipTap JSON as one more entry in `bodies`, the way TT ships its
 * own `ttnitf` body beside HTML and plain text. The schema closes every object (no extension
 * properties), so a provider-specific body is the one place that is valid and lossless.
 */
export const NEWSDESK_BODY_ROLE = 'newsdesk';
export const NEWSDESK_BODY_CONTENT_TYPE = 'application/vnd.newsdesk.body+json';

/** `altids` role holding a Newsdesk id of a rail or rail item, so a round trip keeps them. */
export const NEWSDESK_ID_ROLE = 'newsdesk-id';

export interface NinjsText {
  role?: string;
  contenttype?: string;
  value: string;
}

export interface NinjsBody extends NinjsText {
  wordcount?: number;
  charcount?: number;
}

export interface NinjsRendition {
  name: string;
  href?: string;
  contenttype?: string;
  title?: string;
  width?: number;
  height?: number;
  sizeinbytes?: number;
}

export interface NinjsEntity {
  name?: string;
  rel?: string;
  uri?: string;
  literal?: string;
}

export interface NinjsAltId {
  role?: string;
  value?: string;
}

/** A ninjs news object; an association is one with a `name`. */
export interface NinjsItem {
  uri: string;
  name?: string;
  type?: 'text' | 'audio' | 'video' | 'picture' | 'graphic' | 'composite' | 'component';
  representationtype?: 'full' | 'partial';
  version?: string;
  firstcreated?: string;
  versioncreated?: string;
  pubstatus?: 'usable' | 'withheld' | 'canceled';
  copyrightholder?: string;
  copyrightnotice?: string;
  usageterms?: string;
  language?: string;
  slugline?: string;
  by?: string;
  located?: string;
  headlines?: NinjsText[];
  descriptions?: NinjsText[];
  bodies?: NinjsBody[];
  people?: NinjsEntity[];
  subjects?: NinjsEntity[];
  infosources?: NinjsEntity[];
  altids?: NinjsAltId[];
  renditions?: NinjsRendition[];
  associations?: NinjsItem[];
  standard?: { name?: string; version?: string; schema?: string };
}

/** One exported picture file, as the exporter wrote it into `images/`. */
export interface NinjsRenditionFile {
  width: number;
  height: number;
  format: 'webp' | 'jpeg';
  /** The file name inside `images/`, e.g. `<sha256>-960.jpg`. */
  fileName: string;
  sizeInBytes: number;
}

/** assetId -> the files written for that picture. */
export type NinjsRenditionMap = ReadonlyMap<string, readonly NinjsRenditionFile[]>;
