import { readingMinutes } from '@shared/story/countWords.ts';
import { useStoryStore } from '../../stores/storyStore.ts';
import { WordTargetMeter } from '../writing/WordTargetMeter.tsx';
import { countCharacters } from './headlineMeter.ts';
import { formatCount } from '@shared/text/formatCount.ts';

/** Words (and progress towards the story's word target), reading time and headline length, at the foot of the writing column. */
export function StatsBar() {
  const words = useStoryStore((s) => s.bodyWords);
  const headlineChars = useStoryStore((s) => countCharacters(s.fields?.headline ?? ''));
  const minutes = readingMinutes(words);
  return (
    <div className="stats-bar" data-testid="stats-bar" role="group" aria-label="Story statistics">
      <span data-testid="stat-words">
        {formatCount(words)} {words === 1 ? 'word' : 'words'}
      </span>
      <WordTargetMeter />
      <span data-testid="stat-reading">{minutes === 0 ? 'no reading time' : `${minutes} min read`}</span>
      <span data-testid="stat-headline">Headline: {headlineChars} characters</span>
    </div>
  );
}
