import { describe, expect, it } from 'vitest';
import type { PictureFileMetadata } from '@shared/api/contract.ts';
import { emptyPicture } from '@shared/story/emptyPicture.ts';
import { isFromFile } from './pictureFileValue.ts';
import { prefillPicture } from './prefillPicture.ts';

const metadata: PictureFileMetadata = {
  caption: 'Ministers arrive\nin Brussels',
  creditLine: null,
  creator: 'MAURIZIO GAMBARINI',
  source: 'EPA',
  copyright: '© EPA',
  usageTerms: 'Editorial use only',
  headline: 'Summit',
  dateCreated: '2014-09-04',
  altText: 'Ministers walking past flags',
  width: 4000,
  height: 3000,
  format: 'jpeg',
  warnings: [],
};

describe('prefillPicture', () => {
  it('fills every empty field from the file, keeps the credit empty without a credit line, and joins lines', () => {
    expect(prefillPicture(emptyPicture(), metadata)).toEqual({
      caption: 'Ministers arrive in Brussels',
      alt: 'Ministers walking past flags',
      creator: 'MAURIZIO GAMBARINI',
      source: 'EPA',
      copyright: '© EPA',
      usageTerms: 'Editorial use only',
    });
  });

  it('never overwrites what the editor typed, and takes the credit line when the file has one', () => {
    const typed = { ...emptyPicture(), caption: 'My caption', alt: 'My alt' };
    expect(prefillPicture(typed, { ...metadata, creditLine: 'EPA/MAURIZIO GAMBARINI' })).toEqual({
      credit: 'EPA/MAURIZIO GAMBARINI',
      creator: 'MAURIZIO GAMBARINI',
      source: 'EPA',
      copyright: '© EPA',
      usageTerms: 'Editorial use only',
    });
  });

  it('changes nothing without metadata', () => {
    expect(prefillPicture(emptyPicture(), null)).toEqual({});
  });
});

describe('isFromFile', () => {
  it('marks a value equal to the file’s, not an edited or empty one', () => {
    expect(isFromFile(metadata, 'source', 'EPA')).toBe(true);
    expect(isFromFile(metadata, 'source', 'AP')).toBe(false);
    expect(isFromFile(metadata, 'credit', '')).toBe(false);
  });
});
