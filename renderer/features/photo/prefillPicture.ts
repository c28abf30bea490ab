import type { PictureFileMetadata } from '@shared/api/contract.ts';
import { PICTURE_TEXT_FIELDS, pictureFileValue, type PictureTextField } from './pictureFileValue.ts';

/** Limits of the story model, so a long value in a file never makes the story unsavable. */
const MAX_LENGTH: Record<PictureTextField, number> = {
  caption: 2_000,
  credit: 300,
  alt: 1_000,
  creator: 300,
  source: 300,
  copyright: 500,
  usageTerms: 2_000,
};

/**
 * The fields a newly added file fills in: only those still empty, so what the editor typed always
 * wins. The credit stays empty unless the file has a credit line (the printed default is then
 * SOURCE/CREATOR, shown as a placeholder). Returns only the fields to change.
 */
export function prefillPicture(current: Record<PictureTextField, string>, metadata: PictureFileMetadata | null | undefined): Partial<Record<PictureTextField, string>> {
  const patch: Partial<Record<PictureTextField, string>> = {};
  if (!metadata) return patch;
  for (const field of PICTURE_TEXT_FIELDS) {
    if (current[field].trim() !== '') continue;
    const value = pictureFileValue(metadata, field).slice(0, MAX_LENGTH[field]);
    if (value !== '') patch[field] = value;
  }
  return patch;
}
