import { defaultCreditLine } from './defaultCreditLine.ts';

/** What can be wrong with the words of a picture. */
export const PICTURE_PROBLEM_CODES = ['missing-caption', 'missing-credit', 'missing-alt', 'alt-same-as-caption'] as const;
export type PictureProblemCode = (typeof PICTURE_PROBLEM_CODES)[number];

/** One thing a photo editor should fix; `message` is a short lowercase phrase ("no credit"). */
export interface PictureProblem {
  code: PictureProblemCode;
  message: string;
}

/** The fields of a picture the checks read (a Picture, or a body figure's attributes). */
export interface PictureWords {
  assetId: string | null;
  caption: string;
  credit: string;
  alt: string;
  creator?: string | undefined;
  source?: string | undefined;
}

const MESSAGES: Record<PictureProblemCode, string> = {
  'missing-caption': 'no caption',
  'missing-credit': 'no credit',
  'missing-alt': 'no alt text',
  'alt-same-as-caption': 'alt text repeats the caption',
};

/** Trimmed, lower-cased, runs of white space as one space: how two texts are compared. */
function normalised(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function problem(code: PictureProblemCode): PictureProblem {
  return { code, message: MESSAGES[code] };
}

/**
 * The problems of one picture's words, in a fixed order: missing caption, missing credit,
 * missing alt text, alt text identical to the caption. The credit counts as present when the
 * photo editor set one or when `SOURCE/CREATOR` would be printed instead (see defaultCreditLine).
 * Only the words are judged; whether a slot holds a picture at all (`assetId`) is the caller's call.
 */
export function pictureProblems(picture: PictureWords): PictureProblem[] {
  const problems: PictureProblem[] = [];
  const caption = normalised(picture.caption);
  const alt = normalised(picture.alt);
  if (caption === '') problems.push(problem('missing-caption'));
  if (defaultCreditLine({ creditLine: picture.credit, source: picture.source, creator: picture.creator }) === '') {
    problems.push(problem('missing-credit'));
  }
  if (alt === '') problems.push(problem('missing-alt'));
  else if (alt === caption) problems.push(problem('alt-same-as-caption'));
  return problems;
}
