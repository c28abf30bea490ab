import type { Editor } from '@tiptap/core';
import { useId, useState, type FocusEvent, type FormEvent, type KeyboardEvent } from 'react';
import { normalizeLinkHref } from './normalizeLinkHref.ts';

/** Where the form sits, relative to the editor frame. */
export interface LinkAnchor {
  top: number;
  left: number;
}

export interface LinkPopoverProps {
  editor: Editor;
  anchor: LinkAnchor;
  onClose: () => void;
}

/**
 * A small form under the selection to add, change or remove a link. Only web
 * and e-mail links are accepted; "nato.int" becomes "https://nato.int".
 */
export function LinkPopover({ editor, anchor, onClose }: LinkPopoverProps) {
  const id = useId();
  const existing = editor.isActive('link') ? String(editor.getAttributes('link').href ?? '') : '';
  const [value, setValue] = useState(existing);
  const [error, setError] = useState<string | null>(null);

  // Focus synchronously: TipTap's focus command waits a frame, and keys typed meanwhile would be lost.
  const close = () => {
    editor.view.focus();
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
    if (editor.isActive('link')) {
      editor.chain().extendMarkRange('link').setLink({ href }).run();
    } else if (editor.state.selection.empty) {
      // Nothing selected: the address itself becomes the linked text.
      const text = href.replace(/^mailto:/i, '');
      editor.chain().insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      editor.chain().setLink({ href }).run();
    }
    close();
  };

  const remove = () => {
    editor.chain().extendMarkRange('link').unsetLink().run();
    close();
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
      className="nd-link-popover"
      style={{ top: anchor.top, left: anchor.left }}
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
          autoFocus
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
          <button type="button" className="nd-node-button is-danger" onClick={remove}>
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
