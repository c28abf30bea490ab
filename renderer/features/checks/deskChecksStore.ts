import { create } from 'zustand';
import { preflightStory, type DeskProblem } from '@shared/story/preflightStory.ts';
import { getActiveStory } from '../../stores/activeStory.ts';
import { useStoryStore } from '../../stores/storyStore.ts';
import { currentHouseRules } from './houseRulesStore.ts';

/** How long typing must pause before the checks run again (they serialise the body, so never per keystroke). */
export const CHECKS_DELAY_MS = 700;

interface DeskChecksState {
  /** The open story's problems when last checked; null before the first run. */
  problems: DeskProblem[] | null;
  /** How long the last run took (ms), for the curious and the benchmarks. */
  lastRunMs: number;
}

export const useDeskChecksStore = create<DeskChecksState>()(() => ({ problems: null, lastRunMs: 0 }));

let timer: ReturnType<typeof setTimeout> | undefined;
let watchers = 0;

/** The open story's problems right now (serialises the body once). Null when no story is open. */
export function checkOpenStory(): DeskProblem[] | null {
  const fields = useStoryStore.getState().fields;
  const body = getActiveStory()?.bodyHandle()?.getJSON();
  if (!fields || !body) return null;
  return preflightStory({ ...fields, body }, currentHouseRules());
}

/** Runs the checks now and publishes the result. */
export function runDeskChecksNow(): void {
  clearTimeout(timer);
  const started = performance.now();
  const problems = checkOpenStory();
  useDeskChecksStore.setState({ problems, lastRunMs: performance.now() - started });
}

/**
 * Asks for a run once typing pauses. Cheap enough to call per keystroke (it only moves a timer),
 * and does nothing while no Checks tab is watching.
 */
export function scheduleDeskChecks(delay = CHECKS_DELAY_MS): void {
  if (watchers === 0) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    // Wait for an idle moment too, so a run never lands in the middle of a burst of typing.
    if (typeof requestIdleCallback === 'function') requestIdleCallback(runDeskChecksNow, { timeout: 500 });
    else runDeskChecksNow();
  }, delay);
}

/** A Checks tab starts watching; returns the function that stops it. */
export function watchDeskChecks(): () => void {
  watchers += 1;
  return () => {
    watchers -= 1;
    if (watchers === 0) clearTimeout(timer);
  };
}
