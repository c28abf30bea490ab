import { create } from 'zustand';

interface FocusModeState {
  on: boolean;
}

/** Focus mode: everything but the story body is hidden. */
export const useFocusMode = create<FocusModeState>()(() => ({ on: false }));

export function toggleFocusMode(): void {
  useFocusMode.setState((s) => ({ on: !s.on }));
}

export function leaveFocusMode(): void {
  useFocusMode.setState({ on: false });
}
