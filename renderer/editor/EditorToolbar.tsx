import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { describeShortcut } from './describeShortcut.ts';
import { insertBlock } from './insertBlock.ts';

export interface EditorToolbarProps {
  editor: Editor;
  /** Opens the link form at the selection. */
  onLink: () => void;
  /** Opens the picture chooser and inserts the picture. */
  onPicture: () => void;
  /** True while a picture is being added to the library. */
  pictureBusy: boolean;
}

const PROBE_LINK = { href: 'https://example.com' };

/** Read through a selector, so the toolbar re-renders only when one of these values changes. */
function selectToolbarState({ editor }: { editor: Editor }) {
  const can = () => editor.can();
  return {
    bold: editor.isActive('bold'),
    canBold: can().toggleBold(),
    italic: editor.isActive('italic'),
    canItalic: can().toggleItalic(),
    link: editor.isActive('link'),
    canLink: can().setLink(PROBE_LINK),
    h2: editor.isActive('heading', { level: 2 }),
    canH2: can().toggleHeading({ level: 2 }),
    h3: editor.isActive('heading', { level: 3 }),
    canH3: can().toggleHeading({ level: 3 }),
    blockquote: editor.isActive('blockquote'),
    canBlockquote: can().toggleBlockquote(),
    pullQuote: editor.isActive('pullQuote'),
    canPullQuote: can().togglePullQuote(),
    bulletList: editor.isActive('bulletList'),
    canBulletList: can().toggleBulletList(),
    orderedList: editor.isActive('orderedList'),
    canOrderedList: can().toggleOrderedList(),
    canUndo: can().undo(),
    canRedo: can().redo(),
    canInsertBlock: can().insertAdSlot(),
  };
}

/** The formatting and insert buttons above the story body; arrow keys, Home and End also move between buttons. */
export function EditorToolbar({ editor, onLink, onPicture, pictureBusy }: EditorToolbarProps) {
  const state = useEditorState({ editor, selector: selectToolbarState });
  const chain = () => editor.chain().focus();
  const barRef = useRef<HTMLDivElement>(null);

  const button = (label: string, keys: string | null, content: ReactNode, run: () => unknown, enabled: boolean, pressed?: boolean) => {
    const shortcut = keys ? describeShortcut(keys) : null;
    return (
    <button
      type="button"
      className={`nd-tool${pressed ? ' is-active' : ''}`}
      aria-label={label}
      title={shortcut ? `${label} (${shortcut.label})` : label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut?.aria}
      disabled={!enabled}
      // Keep the selection in the text while clicking.
      onMouseDown={(event) => event.preventDefault()}
      onClick={run}
    >
      {content}
    </button>
    );
  };

  return (
    <div className="nd-toolbar" role="toolbar" aria-label="Body formatting" ref={barRef} onKeyDown={(e) => moveFocus(e, barRef.current)}>
      <div className="nd-tool-group">
        {button('Bold', 'Mod-B', <b>B</b>, () => chain().toggleBold().run(), state.canBold, state.bold)}
        {button('Italic', 'Mod-I', <i>I</i>, () => chain().toggleItalic().run(), state.canItalic, state.italic)}
        {button('Link', 'Mod-K', <span className="nd-tool-link">Link</span>, onLink, state.canLink || state.link, state.link)}
      </div>
      <div className="nd-tool-group">
        {button('Heading 2', 'Mod-Alt-2', 'H2', () => chain().toggleHeading({ level: 2 }).run(), state.canH2, state.h2)}
        {button('Heading 3', 'Mod-Alt-3', 'H3', () => chain().toggleHeading({ level: 3 }).run(), state.canH3, state.h3)}
        {button('Block quote', 'Mod-Shift-B', '“ ”', () => chain().toggleBlockquote().run(), state.canBlockquote, state.blockquote)}
        {button('Pull quote', 'Mod-Alt-Q', 'Pull', () => chain().togglePullQuote().run(), state.canPullQuote, state.pullQuote)}
      </div>
      <div className="nd-tool-group">
        {button('Bullet list', 'Mod-Shift-8', '• List', () => chain().toggleBulletList().run(), state.canBulletList, state.bulletList)}
        {button('Numbered list', 'Mod-Shift-7', '1. List', () => chain().toggleOrderedList().run(), state.canOrderedList, state.orderedList)}
      </div>
      <div className="nd-tool-group">
        {button('Undo', 'Mod-Z', '↶', () => chain().undo().run(), state.canUndo)}
        {button('Redo', 'Mod-Shift-Z', '↷', () => chain().redo().run(), state.canRedo)}
      </div>
      <div className="nd-tool-group nd-tool-inserts">
        {button('Picture', null, pictureBusy ? 'Adding…' : '+ Picture', onPicture, state.canInsertBlock && !pictureBusy)}
        {button('Ad slot', null, '+ Ad slot', () => insertBlock(editor, { kind: 'ad-slot' }), state.canInsertBlock)}
        {button('Newsletter box', null, '+ Newsletter', () => insertBlock(editor, { kind: 'newsletter' }), state.canInsertBlock)}
      </div>
    </div>
  );
}

/** Arrow keys, Home and End move between the enabled buttons (WAI-ARIA toolbar pattern). */
function moveFocus(event: KeyboardEvent, bar: HTMLElement | null): void {
  if (!bar || !['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
  const buttons = Array.from(bar.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'));
  const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (buttons.length === 0) return;
  event.preventDefault();
  const last = buttons.length - 1;
  const next =
    event.key === 'Home' ? 0 : event.key === 'End' ? last : event.key === 'ArrowRight' ? (current + 1) % buttons.length : (current - 1 + buttons.length) % buttons.length;
  buttons[next]?.focus();
}
