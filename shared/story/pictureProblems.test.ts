import { describe, expect, it } from 'vitest';
import { pictureProblems, type PictureWords } from './pictureProblems.ts';

const ASSET = `${'a'.repeat(64)}.jpg`;

function picture(words: Partial<PictureWords>): PictureWords {
  return { assetId: ASSET, caption: 'Leaders at the summit in Newport.', credit: 'EPA/MAURIZIO GAMBARINI', alt: 'Rows of delegates under a NATO emblem', ...words };
}

const codes = (words: Partial<PictureWords>): string[] => pictureProblems(picture(words)).map((p) => p.code);

describe('pictureProblems', () => {
  it('finds nothing wrong with a captioned, credited, described picture', () => {
    expect(pictureProblems(picture({}))).toEqual([]);
  });

  it('reports every missing text, blank-only counting as missing, with readable messages', () => {
    expect(pictureProblems(picture({ caption: '  ', credit: '', alt: '\n' }))).toEqual([
      { code: 'missing-caption', message: 'no caption' },
      { code: 'missing-credit', message: 'no credit' },
      { code: 'missing-alt', message: 'no alt text' },
    ]);
  });

  it('counts the credit as present when SOURCE/CREATOR would be printed', () => {
    expect(codes({ credit: '', source: 'EPA', creator: 'MAURIZIO GAMBARINI' })).toEqual([]);
    expect(codes({ credit: '', source: 'Reuters' })).toEqual([]);
    expect(codes({ credit: '', creator: 'Ann Lee' })).toEqual([]);
    expect(codes({ credit: ' ', source: ' ', creator: '' })).toEqual(['missing-credit']);
  });

  it('flags alt text that repeats the caption, ignoring case, edges and runs of white space', () => {
    expect(pictureProblems(picture({ caption: 'Leaders at the  summit', alt: '  leaders AT the\nsummit ' }))).toEqual([
      { code: 'alt-same-as-caption', message: 'alt text repeats the caption' },
    ]);
    expect(codes({ caption: 'Leaders at the summit', alt: 'Leaders at the summit.' })).toEqual([]);
  });

  it('does not call an empty alt text a copy of an empty caption', () => {
    expect(codes({ caption: '', alt: '' })).toEqual(['missing-caption', 'missing-alt']);
  });
});
