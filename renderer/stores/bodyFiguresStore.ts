import { create } from 'zustand';
import { createQuietTimer } from '../app/createQuietTimer.ts';
import type { BodyEditorHandle, BodyFigure } from '../editor/bodyEditorTypes.ts';

const REFRESH_DELAY_MS = 300;

interface BodyFiguresState {
  /** The body's figures in document order, as last read (debounced) from the editor. */
  figures: BodyFigure[];
}

/** A debounced copy of the body's figures for the photo panel and preflight; never read per keystroke. */
export const useBodyFiguresStore = create<BodyFiguresState>()(() => ({ figures: [] }));

let readFigures: () => BodyEditorHandle | null = () => null;
const refresh = createQuietTimer(() => {
  const h = readFigures();
  useBodyFiguresStore.setState({ figures: h ? h.listFigures() : [] });
}, REFRESH_DELAY_MS);

/** Reads the figures again a moment after the last change (walking the document, no JSON). */
export function refreshBodyFiguresSoon(handle: () => BodyEditorHandle | null, delay = REFRESH_DELAY_MS): void {
  readFigures = handle;
  refresh.poke(delay);
}

/** Forgets the figures (the story closed). */
export function clearBodyFigures(): void {
  refresh.cancel();
  useBodyFiguresStore.setState({ figures: [] });
}
