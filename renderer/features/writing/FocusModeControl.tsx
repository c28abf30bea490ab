import { useEffect, useRef } from 'react';
import { keepCaretInView } from '../../stores/keepCaretInView.ts';
import { leaveFocusMode, toggleFocusMode, useFocusMode } from './focusModeStore.ts';

const ROOT_CLASS = 'nd-focus-mode';

/**
 * The focus-mode button for the stats bar, and the mode itself: a class on the root element
 * hides the furniture (styles in writing.css); Esc leaves, and so does leaving the story.
 */
export function FocusModeControl() {
  const on = useFocusMode((s) => s.on);
  const mounted = useRef(false);

  useEffect(() => {
    document.documentElement.classList.toggle(ROOT_CLASS, on);
    if (mounted.current) keepCaretInView();
    mounted.current = true;
    if (!on) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      // An open dialog (the link form) takes its Esc first; otherwise Esc leaves, even from inside the body
      // (seen in capture, since the editor keeps Esc for itself).
      if (event.key !== 'Escape' || document.querySelector('[role="dialog"]')) return;
      leaveFocusMode();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      document.documentElement.classList.remove(ROOT_CLASS);
    };
  }, [on]);
  useEffect(() => () => leaveFocusMode(), []);

  return (
    <button
      type="button"
      className={`button button--small button--quiet focus-mode-button${on ? ' is-on' : ''}`}
      aria-pressed={on}
      onClick={toggleFocusMode}
      title={on ? 'Leave focus mode (Esc)' : 'Focus mode: only the body (Ctrl/Cmd+Shift+F)'}
      data-testid="focus-mode-toggle"
    >
      {on ? 'Leave focus mode' : 'Focus'}
    </button>
  );
}
