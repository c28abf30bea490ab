import { useEffect, useRef } from 'react';
import { historyKey } from '../../editor/fieldHistory.ts';
import {
  canRedoReplaceAll,
  canUndoReplaceAll,
  closeFind,
  redoReplaceAll,
  replaceAll,
  replaceCurrent,
  setOption,
  setQuery,
  setReplacement,
  step,
  undoReplaceAll,
  useFindStore,
} from './findStore.ts';
import './findReplace.css';
import { formatCount } from '@shared/text/formatCount.ts';

/**
 * While a replace-all is the last edit, Ctrl/Cmd+Z anywhere undoes all of it (fields and body) in
 * one step, and right after that Redo brings all of it back. Any other edit ends this, and the
 * keys go back to the field or the body's own history.
 */
function useReplaceAllHistoryKeys(): void {
  const pending = useFindStore((s) => s.lastReplaceAll !== null || s.lastUndone !== null);
  useEffect(() => {
    if (!pending) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      // In the find bar's own boxes, Ctrl/Cmd+Z undoes their typing, not the replace-all.
      if (event.target instanceof Element && event.target.closest('[data-testid="find-bar"]')) return;
      const key = historyKey(event);
      if (key === 'undo' && canUndoReplaceAll()) {
        event.preventDefault();
        event.stopPropagation();
        undoReplaceAll();
      } else if (key === 'redo' && canRedoReplaceAll()) {
        event.preventDefault();
        event.stopPropagation();
        redoReplaceAll();
      }
    };
    // Capture: before the body editor or a text field handles the key as its own undo.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [pending]);
}

/** Find and replace across the whole story: every field and the body. Ctrl/Cmd+F finds, Ctrl+H (Cmd+Alt+F) replaces. */
export function FindBar() {
  useReplaceAllHistoryKeys();
  const open = useFindStore((s) => s.open);
  const replaceOpen = useFindStore((s) => s.replaceOpen);
  const query = useFindStore((s) => s.query);
  const replacement = useFindStore((s) => s.replacement);
  const options = useFindStore((s) => s.options);
  const count = useFindStore((s) => s.hits.length);
  const current = useFindStore((s) => s.current);
  const where = useFindStore((s) => s.hits[s.current]?.label ?? '');
  const notice = useFindStore((s) => s.notice);
  const undoable = useFindStore((s) => s.lastReplaceAll !== null);
  const focusRequest = useFindStore((s) => s.focusRequest);
  const queryRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    queryRef.current?.focus();
    queryRef.current?.select();
  }, [open, focusRequest]);

  if (!open) return null;
  const status = query === '' ? '' : count === 0 ? 'No matches' : `${current + 1} of ${formatCount(count)}`;

  return (
    <div
      className="find-bar"
      role="search"
      aria-label="Find and replace in this story"
      data-testid="find-bar"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          closeFind();
        }
      }}
    >
      <div className="find-bar__row">
        <input
          ref={queryRef}
          type="text"
          className="input find-bar__input"
          aria-label="Find"
          placeholder="Find in story"
          value={query}
          data-plain-typing=""
          data-testid="find-query"
          spellCheck={false}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              step(e.shiftKey ? -1 : 1);
            }
          }}
        />
        <span className="find-bar__count" aria-live="polite" data-testid="find-count">
          {status}
        </span>
        <button type="button" className="button button--small" onClick={() => step(-1)} disabled={count === 0} aria-label="Previous match" title="Previous (Shift+Enter)">
          ↑
        </button>
        <button type="button" className="button button--small" onClick={() => step(1)} disabled={count === 0} aria-label="Next match" title="Next (Enter)">
          ↓
        </button>
        <label className="find-bar__option">
          <input type="checkbox" checked={options.matchCase} onChange={(e) => setOption('matchCase', e.currentTarget.checked)} data-testid="find-match-case" /> Match case
        </label>
        <label className="find-bar__option">
          <input type="checkbox" checked={options.wholeWord} onChange={(e) => setOption('wholeWord', e.currentTarget.checked)} data-testid="find-whole-word" /> Whole word
        </label>
        <button
          type="button"
          className="button button--quiet button--small"
          aria-expanded={replaceOpen}
          onClick={() => useFindStore.setState({ replaceOpen: !replaceOpen })}
          data-testid="find-toggle-replace"
        >
          Replace…
        </button>
        <button type="button" className="icon-button find-bar__close" onClick={closeFind} aria-label="Close find (Esc)" title="Close (Esc)" data-testid="find-close">
          ×
        </button>
      </div>
      {replaceOpen && (
        <div className="find-bar__row">
          <input
            type="text"
            className="input find-bar__input"
            aria-label="Replace with"
            placeholder="Replace with"
            value={replacement}
            data-plain-typing=""
            data-testid="find-replacement"
            spellCheck={false}
            onChange={(e) => setReplacement(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                if (e.ctrlKey || e.metaKey) replaceAll();
                else replaceCurrent();
              }
            }}
          />
          <button type="button" className="button button--small" onClick={replaceCurrent} disabled={count === 0} data-testid="find-replace-one">
            Replace
          </button>
          <button type="button" className="button button--small button--primary" onClick={replaceAll} disabled={count === 0} data-testid="find-replace-all">
            Replace all
          </button>
          {undoable && (
            <button type="button" className="button button--small button--quiet" onClick={() => undoReplaceAll()} data-testid="find-undo" title="Undo the replace-all (Ctrl/Cmd+Z)">
              Undo
            </button>
          )}
        </div>
      )}
      <div className="find-bar__status">
        {where && count > 0 ? <span data-testid="find-where">In: {where}</span> : null}
        {notice ? (
          <span className="find-bar__notice" role="status" data-testid="find-notice">
            {notice}
          </span>
        ) : null}
      </div>
    </div>
  );
}
