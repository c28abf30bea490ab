import { countBySeverity, type DeskProblem } from '@shared/story/preflightStory.ts';
import { DeskProblemList } from '../checks/DeskProblemList.tsx';
import '../checks/checks.css';

/**
 * The export preflight: the same problems as the Checks tab (errors first in weight, all in
 * reading order), each a button that jumps to it. An empty list says so plainly.
 */
export function PreflightList({ items, onShow }: { items: DeskProblem[] | null; onShow: (item: DeskProblem) => void }) {
  if (items === null) return null;
  const { errors, warnings } = countBySeverity(items);
  return (
    <section className="preflight" aria-labelledby="preflight-heading" data-testid="preflight" data-count={items.length}>
      <h3 id="preflight-heading" className="field__label">
        Before you export
      </h3>
      {items.length === 0 ? (
        <p className="preflight__ok" data-testid="preflight-ok">
          <span aria-hidden="true">✓</span> Nothing to fix: text, pictures and rails meet the house rules.
        </p>
      ) : (
        <>
          <p className="preflight__summary">
            {errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : 'No errors'}
            {warnings > 0 ? `, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''}. You can still export; the page will go out as it is.
          </p>
          <div className="preflight__list">
            <DeskProblemList problems={items} onShow={onShow} />
          </div>
        </>
      )}
    </section>
  );
}
