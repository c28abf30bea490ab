import type { DeskProblem, DeskRule } from '@shared/story/preflightStory.ts';
import { getActiveStory } from '../../stores/activeStory.ts';
import { showPictureTarget, type PictureWordField } from '../photo/showPictureTarget.ts';

/** Focuses a story field, selects the characters from..to and scrolls it into view. */
function revealField(field: string, from: number, to: number): void {
  const element = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="field-${field}"]`);
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.focus();
  const end = Math.min(to, element.value.length);
  element.setSelectionRange(Math.min(from, end), end);
}

/** The picture field a problem is about: the one to fix. */
function pictureFieldOf(rule: DeskRule): PictureWordField {
  if (rule === 'missing-credit') return 'credit';
  if (rule === 'missing-alt' || rule === 'alt-same-as-caption') return 'alt';
  return 'caption';
}

/**
 * Takes the desk editor to a problem: a field is focused with the range selected; a body range
 * is selected in the editor and scrolled to; for a picture, the field the problem is about
 * (caption, credit or alt text) is focused; rail items are shown as the photo panel shows them.
 */
export function showDeskProblem({ target, rule }: Pick<DeskProblem, 'target' | 'rule'>): void {
  switch (target.kind) {
    case 'field':
      revealField(target.field, target.from, target.to);
      return;
    case 'body':
      getActiveStory()?.bodyHandle()?.revealRange(target.from, target.to);
      return;
    default:
      showPictureTarget(target, pictureFieldOf(rule));
  }
}
