import type { DeskProblem } from '@shared/story/preflightStory.ts';

/**
 * Problems as a list of buttons: a click (or Enter) jumps to the problem. Shared by the Checks tab
 * and the export dialog's preflight, so both look and jump alike.
 */
export function DeskProblemList({ problems, onShow }: { problems: DeskProblem[]; onShow: (problem: DeskProblem) => void }) {
  return (
    <ul className="desk-problems" data-testid="desk-problems">
      {problems.map((problem) => (
        <li key={problem.id} className={`desk-problem desk-problem--${problem.severity}`} data-testid="preflight-item" data-code={problem.rule} data-severity={problem.severity}>
          <button type="button" className="desk-problem__button" data-testid="preflight-show" onClick={() => onShow(problem)} title="Show it">
            <span className="desk-problem__mark" aria-hidden="true" />
            <span className="visually-hidden">{problem.severity === 'error' ? 'Error: ' : 'Warning: '}</span>
            <span className="desk-problem__message">{problem.message}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
