import { ASSET_ID } from '../../story/assetId.ts';
import type { Picture } from '../../story/storySchema.ts';
import { PICTURE_URN_PREFIX } from './ninjsTypes.ts';
import { asObjects, asString, clip, textWithRole, type JsonObject } from './readNinjsJson.ts';

/** A picture read from an association, and the exported file (relative to the ninjs file) to import it from. */
export interface ReadNinjsPicture {
  picture: Picture;
  /** `images/<file>` of the largest JPEG rendition (else the largest of any kind), or null when none is local. */
  file: string | null;
}

const FILE_NAME = /^[A-Za-z0-9._-]{1,200}$/;

/** The file name at the end of a rendition's href, if it is a plain one. */
function fileNameOf(href: string): string | null {
  const last = href.split(/[?#]/)[0]?.split('/').pop() ?? '';
  let name: string;
  try {
    name = decodeURIComponent(last);
  } catch {
    return null;
  }
  return FILE_NAME.test(name) && name !== '.' && name !== '..' ? name : null;
}

function bestFile(association: JsonObject): string | null {
  const renditions = asObjects(association.renditions)
    .map((r) => ({ name: fileNameOf(asString(r.href)), width: typeof r.width === 'number' ? r.width : 0, jpeg: r.contenttype === 'image/jpeg' }))
    .filter((r) => r.name !== null)
    .sort((a, b) => Number(b.jpeg) - Number(a.jpeg) || b.width - a.width);
  const best = renditions[0]?.name;
  return best ? `images/${best}` : null;
}

/**
 * Reads a picture association written by renderNinjsPicture (and, as far as the same fields go,
 * an agency's): caption, credit line and alt text from `descriptions` (an unlabelled description
 * counts as the caption, as TT writes it), creator from `by`, supplier from `infosources`, rights
 * from `copyrightnotice` and `usageterms`. The credit is the printed credit line: one left empty
 * (so `SOURCE/CREATOR` was printed) comes back as that text. Only a Newsdesk picture urn names a
 * picture file.
 */
export function readNinjsPicture(association: JsonObject): ReadNinjsPicture {
  const uri = asString(association.uri);
  const id = uri.startsWith(PICTURE_URN_PREFIX) ? uri.slice(PICTURE_URN_PREFIX.length) : '';
  const assetId = ASSET_ID.test(id) ? id : null;
  const creator = clip(asString(association.by), 300);
  const source = clip(asString(asObjects(association.infosources)[0]?.name), 300);
  const creditLine = textWithRole(association.descriptions, ['creditline']);
  const picture: Picture = {
    assetId,
    caption: clip(textWithRole(association.descriptions, ['caption', undefined, 'text']), 2_000),
    credit: clip(creditLine, 300),
    alt: clip(textWithRole(association.descriptions, ['alttext']), 1_000),
    creator,
    source,
    copyright: clip(asString(association.copyrightnotice), 500),
    usageTerms: clip(asString(association.usageterms), 2_000),
  };
  return { picture, file: assetId === null ? null : bestFile(association) };
}
