import type { Story } from '@shared/story/storySchema.ts';
import { displayUrl } from '../../api/client.ts';
import { getActiveStory } from '../../stores/activeStory.ts';
import { useStoryStore } from '../../stores/storyStore.ts';
import { buildPrintArticle } from './buildPrintArticle.ts';
import './print.css';

const CONTAINER_ID = 'nd-print-article';
const IMAGE_WAIT_MS = 5_000;

/** The open story as it is now (fields from the store, body from the editor), or null. */
function currentStory(): Story | null {
  const fields = useStoryStore.getState().fields;
  const handle = getActiveStory()?.bodyHandle();
  if (!fields || !handle) return null;
  return { ...fields, body: handle.getJSON() };
}

/**
 * Puts the print layout of the open story into the page (shown only by print media, see
 * print.css) and resolves once its pictures have loaded (or after a few seconds). False when no
 * story is open.
 */
export async function preparePrintArticle(): Promise<boolean> {
  const story = currentStory();
  if (!story) return false;
  let container = document.getElementById(CONTAINER_ID);
  if (!container) {
    container = document.createElement('div');
    container.id = CONTAINER_ID;
    container.className = 'print-article';
    document.body.append(container);
  }
  container.replaceChildren(buildPrintArticle(story, displayUrl));
  const images = [...container.querySelectorAll('img')];
  const loaded = Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, IMAGE_WAIT_MS))]);
  return true;
}

/** A Ctrl+P or a print from the browser's own menu also gets the article (without waiting for pictures). */
export function installPrintPreparation(): () => void {
  const onBeforePrint = (): void => void preparePrintArticle();
  window.addEventListener('beforeprint', onBeforePrint);
  return () => window.removeEventListener('beforeprint', onBeforePrint);
}

/** The host's print: the browser's print dialog (which also saves as PDF). */
export async function printStory(): Promise<boolean> {
  if (!(await preparePrintArticle())) return false;
  window.print();
  return true;
}
