import type { PictureFileMetadata } from '@shared/api/contract.ts';

/** The words of a picture that a file's metadata can supply. */
export type PictureTextField = 'caption' | 'credit' | 'alt' | 'creator' | 'source' | 'copyright' | 'usageTerms';

export const PICTURE_TEXT_FIELDS: readonly PictureTextField[] = ['caption', 'credit', 'alt', 'creator', 'source', 'copyright', 'usageTerms'];

const SOURCE: Record<PictureTextField, keyof PictureFileMetadata> = {
  caption: 'caption',
  credit: 'creditLine',
  alt: 'altText',
  creator: 'creator',
  source: 'source',
  copyright: 'copyright',
  usageTerms: 'usageTerms',
};

/** What the file says for one of the picture's fields, on one line (as the model keeps it), or '' when it says nothing. */
export function pictureFileValue(metadata: PictureFileMetadata | null | undefined, field: PictureTextField): string {
  const value = metadata?.[SOURCE[field]];
  return typeof value === 'string' ? value.replace(/\s*\r?\n\s*/g, ' ').trim() : '';
}

/** True when the field holds exactly what the file says (so the UI can mark it "from file"). */
export function isFromFile(metadata: PictureFileMetadata | null | undefined, field: PictureTextField, value: string): boolean {
  const fileValue = pictureFileValue(metadata, field);
  return fileValue !== '' && fileValue === value.trim();
}
