import { useEffect, useId, useRef } from 'react';
import { useAppStore } from '../../stores/appStore.ts';
import { useStoryStore } from '../../stores/storyStore.ts';
import { countCharacters, HEADLINE_SOFT_LIMIT, headlineLevel } from './headlineMeter.ts';

const LEVEL_TEXT = { ok: '', over: 'longer than the soft limit', 'far-over': 'far too long for most placements' } as const;

/** The headline: large serif, with a character count against a soft limit. */
export function HeadlineField() {
  const id = useId();
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const headline = useStoryStore((s) => s.fields?.headline ?? '');
  const length = countCharacters(headline);
  const level = headlineLevel(length);
  const fill = Math.min(100, (length / HEADLINE_SOFT_LIMIT) * 100);

  // After "New story" the reporter starts with the headline.
  useEffect(() => {
    if (!useAppStore.getState().focusHeadlinePending) return;
    useAppStore.getState().setFocusHeadlinePending(false);
    inputRef.current?.focus();
  }, []);

  return (
    <div className="field field--headline">
      <label htmlFor={id} className="visually-hidden">
        Headline
      </label>
      <textarea
        id={id}
        ref={inputRef}
        className="headline-input"
        rows={1}
        maxLength={300}
        placeholder="Headline"
        value={headline}
        aria-describedby={`${id}-count`}
        data-testid="field-headline"
        onChange={(e) => useStoryStore.getState().setHeadline(e.currentTarget.value.replace(/\n/g, ' '))}
        onKeyDown={(e) => {
          // A headline is one line; Enter moves on to the standfirst.
          if (e.key === 'Enter') e.preventDefault();
        }}
      />
      <div className={`headline-meter headline-meter--${level}`} id={`${id}-count`} data-testid="headline-count" data-level={level}>
        <div className="headline-meter__track" aria-hidden="true">
          <div className="headline-meter__fill" style={{ width: `${fill}%` }} />
        </div>
        <span>
          {length} / {HEADLINE_SOFT_LIMIT} characters{level !== 'ok' ? ` — ${LEVEL_TEXT[level]}` : ''}
        </span>
      </div>
    </div>
  );
}
