import type { PreflightTarget } from '@shared/story/preflightStory.ts';
import { focusSoon } from '../../app/focusSoon.ts';
import { getActiveStory } from '../../stores/activeStory.ts';
import { useSidePanelStore } from '../../stores/sidePanelStore.ts';

/** Scrolls an element to the middle of its scroll area (gently) once it exists, then focuses `focus` inside it. */
function reveal(selector: string, focusSelector: string): void {
  focusSoon(() => {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) return null;
    element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return element.querySelector<HTMLElement>(focusSelector) ?? element;
  });
}

/** The words of a picture that are always on screen beside it. */
export type PictureWordField = 'caption' | 'credit' | 'alt';

/**
 * Takes the writer to what a preflight item or photo-panel entry is about: the headline, the hero
 * or a body figure (scrolled to, with the cursor in `field`, caption unless told) or a rail item
 * (the rails tab is shown first). A figure is never left selected in the text, where the next key
 * typed would replace it. All indexes are 1-based, as in preflightStory.
 */
export function showPictureTarget(target: PreflightTarget, field: PictureWordField = 'caption'): void {
  switch (target.kind) {
    case 'headline':
      reveal('[data-testid="field-headline"]', '[data-testid="field-headline"]');
      return;
    case 'hero':
      reveal('[data-testid="hero"]', `[data-testid="field-hero-${field}"]`);
      return;
    case 'figure':
      // The dialog that asked may still be closing; the figure's field takes focus once it has gone.
      requestAnimationFrame(() => getActiveStory()?.bodyHandle()?.scrollToFigure(target.index, field));
      return;
    case 'rail-item':
      useSidePanelStore.getState().setTab('rails');
      reveal(`[data-testid="rail-${target.railIndex - 1}"] [data-testid="rail-item"]:nth-of-type(${target.itemIndex})`, '[data-testid="rail-item-title"]');
      return;
  }
}
