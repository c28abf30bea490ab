import { ASSET_ID } from '../../story/assetId.ts';
import { defaultCreditLine } from '../../story/defaultCreditLine.ts';
import type { Picture } from '../../story/storySchema.ts';
import { PICTURE_URN_PREFIX, type NinjsItem, type NinjsRendition, type NinjsRenditionMap, type NinjsText } from './ninjsTypes.ts';
import { toNinjsUri } from './toNinjsUri.ts';

/** Where the exported picture files are, and which were written. */
export interface NinjsPictureContext {
  renditions: NinjsRenditionMap;
  /** Absolute URL of the export folder, ending in "/": renditions are `<baseUrl>images/<file>`. */
  baseUrl: string;
  language: string;
}

const CONTENT_TYPES = { jpeg: 'image/jpeg', webp: 'image/webp' } as const;
const FORMAT_NAMES = { jpeg: 'JPEG', webp: 'WebP' } as const;

function texts(entries: [role: string, value: string][]): NinjsText[] {
  return entries.filter(([, value]) => value.trim() !== '').map(([role, value]) => ({ role, contenttype: 'text/plain', value }));
}

function renditionsOf(assetId: string, context: NinjsPictureContext): NinjsRendition[] {
  const files = [...(context.renditions.get(assetId) ?? [])].sort((a, b) => a.width - b.width || a.format.localeCompare(b.format));
  return files.map((file) => ({
    name: `${file.format}-${file.width}`,
    title: `${file.width} px ${FORMAT_NAMES[file.format]}`,
    href: toNinjsUri(`${context.baseUrl}images/${file.fileName}`),
    contenttype: CONTENT_TYPES[file.format],
    width: file.width,
    height: file.height,
    sizeinbytes: file.sizeInBytes,
  }));
}

/**
 * One use of a picture (hero, body figure, rail item picture) as a ninjs picture association,
 * shaped like AP's: its own headline, caption and printed credit line in `descriptions` (roles
 * `caption` and `creditline`, plus `alttext`), the photographer in `by`, the supplier in
 * `infosources`, `copyrightholder` (the supplier, else the photographer), `copyrightnotice`,
 * `usageterms`, and a rendition per exported file with its true size. Null when the slot has
 * neither a picture nor any words: there is nothing to hand on.
 */
export function renderNinjsPicture(name: string, picture: Picture, headline: string, context: NinjsPictureContext): NinjsItem | null {
  const assetId = picture.assetId !== null && ASSET_ID.test(picture.assetId) ? picture.assetId : null;
  const words = [picture.caption, picture.credit, picture.alt, picture.creator, picture.source, picture.copyright, picture.usageTerms];
  if (assetId === null && words.every((w) => w.trim() === '')) return null;
  const item: NinjsItem = {
    name,
    uri: assetId === null ? `urn:newsdesk:missing-picture:${encodeURIComponent(name)}` : `${PICTURE_URN_PREFIX}${assetId}`,
    type: 'picture',
    language: context.language,
  };
  if (headline.trim() !== '') item.headlines = [{ role: 'main', value: headline }];
  const creditLine = defaultCreditLine({ creditLine: picture.credit, source: picture.source, creator: picture.creator });
  const descriptions = texts([
    ['caption', picture.caption],
    ['creditline', creditLine],
    ['alttext', picture.alt],
  ]);
  if (descriptions.length > 0) item.descriptions = descriptions;
  if (picture.creator.trim() !== '') item.by = picture.creator;
  if (picture.source.trim() !== '') item.infosources = [{ name: picture.source }];
  const holder = picture.source.trim() || picture.creator.trim();
  if (holder !== '') item.copyrightholder = holder;
  if (picture.copyright.trim() !== '') item.copyrightnotice = picture.copyright;
  if (picture.usageTerms.trim() !== '') item.usageterms = picture.usageTerms;
  if (assetId !== null) {
    const renditions = renditionsOf(assetId, context);
    if (renditions.length > 0) item.renditions = renditions;
  }
  return item;
}
