import type { Editor } from '@tiptap/core';
import { useCallback, useId, useLayoutEffect, useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent } from 'react';
import { applyLinkToRange, removeLinkFromRange } from './applyLinkToRange.ts';
import { readLinkTarget, type LinkTargetRange } from './linkTarget.ts';
import { normalizeLinkHref } from './normalizeLinkHref.ts';
import { placeLinkPopover, type Box, type PopoverPlacement } from './placeLinkPopover.ts';
import { scrollArea } from './scrollArea.ts';

/** What the form works on, fixed when it opens. */
export interface LinkFormTarget extends LinkTargetRange {
  /** The address of the link being edited, or '' for a new link. */
  href: string;
}

export interface LinkPopoverProps {
  editor: Editor;
  target: LinkFormTarget;
  onClose: () => void;
}

/**
 * A small form under the linked text to add, change or remove a link. It acts on
 * the range remembered when it opened (kept up to date through the editor's
 * link-target plugin), not on wherever the selection is when it is confirmed.
 * Only web and e-mail links are accepted; "nato.int" becomes "https://nato.int".
 */
export function LinkPopover({ editor, target, onClose }: LinkPopoverProps) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const existing = target.href;
  const [value, setValue] = useState(existing);
  const [error, setError] = useState<string | null>(null);
  const [place, setPlace] = useState<PopoverPlacement | null>(null);

  const reposition = useCallback(() => {
    const form = formRef.current;
    if (!form || editor.isDestroyed) return;
    const range = currentRange(editor, target);
    const start = editor.view.coordsAtPos(range.from);
    const end = editor.view.coordsAtPos(range.to);
    const text: Box = { top: Math.min(start.top, end.top), bottom: Math.max(start.bottom, end.bottom), left: start.left, right: end.right };
    setPlace(placeLinkPopover(text, { width: form.offsetWidth, height: form.offsetHeight }, visibleArea(editor.view.dom)));
  }, [editor, target]);

  useLayoutEffect(() => {
    reposition();
    window.addEventListener('resize', reposition);
    // Capture: scrolling any ancestor moves the text under the form.
    window.addEventListener('scroll', reposition, true);
    return () => {
      window.removeEventListener('resize', reposition);
      window.removeEventListener('scroll', reposition, true);
    };
  }, [reposition, error]);

  // The address field takes the keys once the form is placed and shown: while hidden for its first
  // layout pass it cannot take focus (autoFocus came too early, and the address went into the story).
  const shown = place !== null;
  useLayoutEffect(() => {
    if (!shown) return;
    inputRef.current?.focus();
    // An address being edited is selected whole, ready to be replaced, as word processors do.
    inputRef.current?.select();
  }, [shown]);

  // Focus synchronously: TipTap's focus command waits a frame, and keys typed meanwhile would be lost.
  const close = () => {
    if (!editor.isDestroyed) {
      const range = currentRange(editor, target);
      editor.commands.setTextSelection(range);
      editor.view.focus();
    }
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = normalizeLinkHref(value);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    const { href } = result;
    applyLinkToRange(editor, currentRange(editor, target), href);
    editor.view.focus();
    onClose();
  };

  const remove = () => {
    removeLinkFromRange(editor, currentRange(editor, target));
    editor.view.focus();
    onClose();
  };

  const keyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const focusOut = (event: FocusEvent<HTMLFormElement>) => {
    // Clicking back into the text closes the form, as a click outside any popover does.
    if (!event.currentTarget.contains(event.relatedTarget)) onClose();
  };

  return (
    <form
      ref={formRef}
      className="nd-link-popover"
      data-side={place?.side}
      // Hidden for the one layout pass before it is measured and placed.
      style={place ? { top: place.top, left: place.left } : { visibility: 'hidden' }}
      onSubmit={submit}
      onKeyDown={keyDown}
      onBlur={focusOut}
      role="dialog"
      aria-label={existing ? 'Edit link' : 'Add link'}
      noValidate
    >
      <label className="nd-field-label" htmlFor={id}>
        Link address
      </label>
      <div className="nd-link-row">
        <input
          id={id}
          className="nd-field-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          ref={inputRef}
          placeholder="https://… or name@example.org"
          value={value}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="nd-node-button is-primary">
          {existing ? 'Update' : 'Add link'}
        </button>
      </div>
      {error ? (
        <p className="nd-link-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <div className="nd-link-actions">
        {existing ? (
          <button type="button" className="nd-node-button" onClick={remove}>
            Remove link
          </button>
        ) : null}
        <button type="button" className="nd-node-button" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The remembered range as it is now, clamped to the document in case the plugin was reset. */
function currentRange(editor: Editor, target: LinkTargetRange): LinkTargetRange {
  const range = readLinkTarget(editor.state) ?? target;
  const max = editor.state.doc.content.size;
  const from = Math.max(0, Math.min(range.from, max));
  return { from, to: Math.max(from, Math.min(range.to, max)) };
}

/** The part of the window the editor is seen through: its scroll area (the stats row sits below it, not over it). */
function visibleArea(element: Element): Box {
  const area = scrollArea(element);
  if (!area) return { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth };
  const rect = area.getBoundingClientRect();
  return { top: Math.max(0, rect.top), left: Math.max(0, rect.left), bottom: Math.min(window.innerHeight, rect.bottom), right: Math.min(window.innerWidth, rect.right) };
}
