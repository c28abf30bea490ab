import { create } from 'zustand';
import type { BodyEditorHandle, BodyFigure } from '../editor/bodyEditorTypes.ts';

const REFRESH_DELAY_MS = 300;

interface BodyFiguresState {
  /** The body's figures in document order, as last read (debounced) from the editor. */
  figures: BodyFigure[];
}

/** A debounced copy of the body's figures for the photo panel and preflight; never read per keystroke. */
export const useBodyFiguresStore = create<BodyFiguresState>()(() => ({ figures: [] }));

let timer: ReturnType<typeof setTimeout> | undefined;

/** Reads the figures again a moment after the last change (walking the document, no JSON). */
export function refreshBodyFiguresSoon(handle: () => BodyEditorHandle | null, delay = REFRESH_DELAY_MS): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const h = handle();
    useBodyFiguresStore.setState({ figures: h ? h.listFigures() : [] });
  }, delay);
}

/** Forgets the figures (the story closed). */
export function clearBodyFigures(): void {
  clearTimeout(timer);
  useBodyFiguresStore.setState({ figures: [] });
}
