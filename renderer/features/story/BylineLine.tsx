import { useId, useRef } from 'react';
import { focusSoon } from '../../app/focusSoon.ts';
import { useStoryStore } from '../../stores/storyStore.ts';

const MAX_BYLINES = 12;

/**
 * "By <name>, <name> · <dateline>": one or more bylines and the dateline, as the page prints them.
 * The comma and the dot are drawn by CSS as part of the name or dateline they follow or lead,
 * so a wrapped line never ends with a separator on its own.
 */
export function BylineLine() {
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const bylines = useStoryStore((s) => s.fields?.bylines);
  const dateline = useStoryStore((s) => s.fields?.dateline ?? '');
  if (!bylines) return null;
  const set = (next: string[]): void => useStoryStore.getState().setBylines(next);
  const focusByline = (index: number): void => focusSoon(() => rootRef.current?.querySelector<HTMLElement>(`[data-testid="field-byline-${index}"]`));

  return (
    <div className="byline-line" ref={rootRef}>
      <div className="byline-line__names">
        <span className="byline-line__by" aria-hidden="true">
          By
        </span>
        <ul className="byline-list" aria-label="Bylines">
          {bylines.map((byline, i) => (
            <li key={i} className="byline-item">
              <input
                type="text"
                className="input input--inline"
                aria-label={i === 0 ? 'Byline' : `Byline ${i + 1}`}
                data-testid={`field-byline-${i}`}
                placeholder="Reporter’s name"
                maxLength={120}
                value={byline}
                onChange={(e) => set(bylines.map((b, j) => (j === i ? e.currentTarget.value : b)))}
              />
              {bylines.length > 1 && (
                <button
                  type="button"
                  className="icon-button byline-item__remove"
                  aria-label={`Remove byline number ${i + 1}`}
                  title="Remove this byline"
                  onClick={() => {
                    set(bylines.filter((_, j) => j !== i));
                    focusByline(Math.max(0, i - 1));
                  }}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
        {bylines.length < MAX_BYLINES && (
          <button
            type="button"
            className="button button--quiet button--small byline-line__add"
            onClick={() => {
              set([...bylines, '']);
              focusByline(bylines.length);
            }}
          >
            Add byline
          </button>
        )}
      </div>
      <div className="byline-line__dateline-group">
        <label htmlFor={id} className="visually-hidden">
          Dateline
        </label>
        <input
          id={id}
          type="text"
          className="input input--inline byline-line__dateline"
          placeholder="Dateline, e.g. BRUSSELS"
          data-testid="field-dateline"
          maxLength={120}
          value={dateline}
          onChange={(e) => useStoryStore.getState().setField('dateline', e.currentTarget.value)}
        />
      </div>
    </div>
  );
}
