import { useStoryStore } from '../../stores/storyStore.ts';
import { wordTargetProgress } from './wordTargetProgress.ts';

/** "812 / 1,000 words" with a thin meter, in the stats bar; nothing when the story has no target. */
export function WordTargetMeter() {
  const words = useStoryStore((s) => s.bodyWords);
  const target = useStoryStore((s) => s.fields?.wordTarget ?? 0);
  const progress = wordTargetProgress(words, target);
  if (!progress) return null;
  return (
    <span className={`word-target${progress.reached ? ' is-reached' : ''}`} data-testid="stat-word-target">
      <meter className="word-target__meter" min={0} max={1} value={progress.fraction} aria-label="Progress towards the word target" />
      <span>{progress.text}</span>
    </span>
  );
}
