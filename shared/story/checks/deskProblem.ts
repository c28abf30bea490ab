import type { PictureProblemCode } from '../pictureProblems.ts';

/** The story's one-line text fields that checks can point into. */
export type TextField = 'kicker' | 'headline' | 'standfirst';

/**
 * Where a problem sits, so the UI can jump there and the CLI can print it.
 * - `field`: UTF-16 offsets into the field's value (as `setSelectionRange` takes them), `from` ≤ `to`.
 * - `body`: ProseMirror positions in the body document (see bodyPositions.ts).
 * - `hero`; `figure`: the body's figures counted 1-based in reading order (`pos` is its ProseMirror position);
 *   `rail-item`: 1-based rail and item numbers, as in the messages.
 */
export type DeskTarget =
  | { kind: 'field'; field: TextField; from: number; to: number }
  | { kind: 'body'; from: number; to: number }
  | { kind: 'hero' }
  | { kind: 'figure'; index: number; pos: number }
  | { kind: 'rail-item'; railIndex: number; itemIndex: number };

export type DeskRule =
  | PictureProblemCode
  | 'missing-headline'
  | 'headline-too-long'
  | 'standfirst-too-long'
  | 'placeholder'
  | 'doubled-word'
  | 'straight-quote'
  | 'double-space'
  | 'edge-empty-paragraph'
  | 'bad-link'
  | 'empty-link-text'
  | 'ad-slot-first'
  | 'ad-slot-after-ad-slot'
  | 'banned-word'
  | 'rail-item-missing-title'
  | 'rail-item-missing-url';

/** `error`: the page would go out wrong (the CLI export refuses it). `warning`: house style; the desk decides. */
export type DeskSeverity = 'error' | 'warning';

/** One thing a desk editor should look at before a story leaves, with where it is. */
export interface DeskProblem {
  /** Stable for the same problem at the same place: rule and target (and a counter for repeats). */
  id: string;
  rule: DeskRule;
  severity: DeskSeverity;
  /** A sentence a desk editor understands, naming the place ("Headline: …", "Body, paragraph 3: …"). */
  message: string;
  target: DeskTarget;
}

/** A problem without its id; preflightStory numbers them. */
export type DeskFinding = Omit<DeskProblem, 'id'>;
