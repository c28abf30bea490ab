import { useEffect } from 'react';
import { countBySeverity } from '@shared/story/preflightStory.ts';
import { useStoryStore } from '../../stores/storyStore.ts';
import { DeskProblemList } from './DeskProblemList.tsx';
import { runDeskChecksNow, scheduleDeskChecks, useDeskChecksStore, watchDeskChecks } from './deskChecksStore.ts';
import { loadHouseRules, useHouseRulesStore } from './houseRulesStore.ts';
import { showDeskProblem } from './showDeskProblem.ts';
import './checks.css';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Where the rules came from, in a line under the list. */
function RulesNote() {
  const info = useHouseRulesStore((s) => s.info);
  const loadError = useHouseRulesStore((s) => s.loadError);
  if (loadError) return <p className="notice notice--error checks-rules" role="alert">{loadError}</p>;
  if (!info) return null;
  if (info.status === 'broken') {
    return (
      <div className="notice notice--error checks-rules" role="alert" data-testid="house-rules-broken">
        <p>
          The house rules in <code>{info.file}</code> could not be used, so the default rules apply:
        </p>
        <ul>
          {info.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </div>
    );
  }
  const { headlineMax, standfirstMax, curlyQuotes, bannedWords } = info.rules;
  return (
    <p className="checks-rules muted" data-testid="house-rules-source">
      {info.status === 'loaded' ? (
        <>
          House rules from <code>{info.file}</code>
        </>
      ) : (
        <>
          Default house rules (a desk can share its own in <code>{info.file}</code>)
        </>
      )}
      : headline {headlineMax}, standfirst {standfirstMax} characters{curlyQuotes ? ', curly quotes' : ''}
      {bannedWords.length > 0 ? `, ${plural(bannedWords.length, 'banned word')}` : ''}.
    </p>
  );
}

/**
 * The Checks tab: the desk's preflight for the open story, under the house rules, rechecked a
 * moment after typing pauses (never per keystroke). Each problem jumps to its place when clicked.
 */
export function ChecksPanel() {
  const problems = useDeskChecksStore((s) => s.problems);

  useEffect(() => {
    const stop = watchDeskChecks();
    let cancelled = false;
    runDeskChecksNow();
    void loadHouseRules().then(() => {
      if (!cancelled) runDeskChecksNow();
    });
    // Field edits (headline, rails…) come through the story store; body edits through StoryView's onChange.
    const unsubscribe = useStoryStore.subscribe((state, previous) => {
      if (state.fields !== previous.fields) scheduleDeskChecks();
    });
    return () => {
      cancelled = true;
      unsubscribe();
      stop();
    };
  }, []);

  const counts = problems ? countBySeverity(problems) : null;
  return (
    <section className="panel-section checks-panel" aria-labelledby="checks-heading" data-testid="checks-panel">
      <div className="checks-panel__head">
        <h2 id="checks-heading">Checks</h2>
        <button type="button" className="link-button" data-testid="checks-rerun" onClick={() => void loadHouseRules().then(runDeskChecksNow)}>
          Check again
        </button>
      </div>
      {problems === null || counts === null ? (
        <p className="muted">Checking…</p>
      ) : problems.length === 0 ? (
        <p className="preflight__ok" data-testid="checks-ok">
          <span aria-hidden="true">✓</span> Nothing to fix: the story meets the house rules.
        </p>
      ) : (
        <>
          <p className="checks-panel__summary" role="status" data-testid="checks-summary">
            {counts.errors > 0 ? plural(counts.errors, 'error') : 'No errors'}
            {counts.warnings > 0 ? `, ${plural(counts.warnings, 'warning')}` : ''}. Click one to go to it.
          </p>
          <DeskProblemList problems={problems} onShow={showDeskProblem} />
        </>
      )}
      <RulesNote />
    </section>
  );
}
