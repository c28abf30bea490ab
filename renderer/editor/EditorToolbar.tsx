import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { afterNextPaint } from '../app/afterNextPaint.ts';
import { describeShortcut } from './describeShortcut.ts';
import { insertBlock } from './insertBlock.ts';
import { ToolbarIcon } from './toolbarIcons.tsx';
import { selectFirstFrameToolbarState, selectToolbarState, type ToolbarState } from './toolbarState.ts';
import { useNodeFieldFocus } from './useNodeFieldFocus.ts';

export interface EditorToolbarProps {
  editor: Editor;
  /** Opens the link form at the selection. */
  onLink: () => void;
  /** Opens the picture chooser and inserts the picture. */
  onPicture: () => void;
  /** True while a picture is being added to the library. */
  pictureBusy: boolean;
}

/** What the toolbar shows while the focus is in a node view's field: nothing applies, nothing is on. */
const NOTHING_APPLIES: ToolbarState = {
  bold: false,
  canBold: false,
  italic: false,
  canItalic: false,
  link: false,
  canLink: false,
  h2: false,
  canH2: false,
  h3: false,
  canH3: false,
  blockquote: false,
  canBlockquote: false,
  pullQuote: false,
  canPullQuote: false,
  bulletList: false,
  canBulletList: false,
  orderedList: false,
  canOrderedList: false,
  canUndo: false,
  canRedo: false,
  canInsertBlock: false,
};

/**
 * The formatting and insert buttons above the story body, one compact row at the
 * usual window size; arrow keys, Home and End also move between buttons. While the
 * focus is in a node view's own field (a caption, say) the formatting buttons are
 * off: they would act on the story text, not on that field.
 */
export function EditorToolbar({ editor, onLink, onPicture, pictureBusy }: EditorToolbarProps) {
  // The real state follows the story's first frame (see selectFirstFrameToolbarState).
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  const live = useEditorState({ editor, selector: painted ? selectToolbarState : selectFirstFrameToolbarState });
  const inField = useNodeFieldFocus(editor);
  const state = inField ? NOTHING_APPLIES : live;
  const chain = () => editor.chain().focus();
  const barRef = useRef<HTMLDivElement>(null);

  const button = (label: string, keys: string | null, content: ReactNode, run: () => unknown, enabled: boolean, pressed?: boolean, wide = false) => {
    const shortcut = keys ? describeShortcut(keys) : null;
    return (
      <button
        type="button"
        className={`nd-tool${wide ? ' nd-tool-wide' : ''}${pressed ? ' is-active' : ''}`}
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
    <div
      className={`nd-toolbar${inField ? ' is-field-focus' : ''}`}
      role="toolbar"
      aria-label="Body formatting"
      ref={barRef}
      onKeyDown={(e) => moveFocus(e, barRef.current)}
    >
      <div className="nd-tool-group">
        {button('Bold', 'Mod-B', <b>B</b>, () => chain().toggleBold().run(), state.canBold, state.bold)}
        {button('Italic', 'Mod-I', <i className="nd-tool-italic">I</i>, () => chain().toggleItalic().run(), state.canItalic, state.italic)}
        {button('Link', 'Mod-K', <ToolbarIcon name="link" />, onLink, state.canLink || state.link, state.link)}
      </div>
      <div className="nd-tool-group">
        {button('Heading 2', 'Mod-Alt-2', 'H2', () => chain().toggleHeading({ level: 2 }).run(), state.canH2, state.h2)}
        {button('Heading 3', 'Mod-Alt-3', 'H3', () => chain().toggleHeading({ level: 3 }).run(), state.canH3, state.h3)}
        {button('Block quote', 'Mod-Shift-B', <ToolbarIcon name="quote" />, () => chain().toggleBlockquote().run(), state.canBlockquote, state.blockquote)}
        {button('Pull quote', 'Mod-Alt-Q', <span className="nd-tool-pull">“Pull”</span>, () => chain().togglePullQuote().run(), state.canPullQuote, state.pullQuote)}
      </div>
      <div className="nd-tool-group">
        {button('Bullet list', 'Mod-Shift-8', <ToolbarIcon name="bullets" />, () => chain().toggleBulletList().run(), state.canBulletList, state.bulletList)}
        {button('Numbered list', 'Mod-Shift-7', <ToolbarIcon name="numbers" />, () => chain().toggleOrderedList().run(), state.canOrderedList, state.orderedList)}
      </div>
      <div className="nd-tool-group">
        {button('Undo', 'Mod-Z', <ToolbarIcon name="undo" />, () => chain().undo().run(), state.canUndo)}
        {button('Redo', 'Mod-Shift-Z', <ToolbarIcon name="redo" />, () => chain().redo().run(), state.canRedo)}
      </div>
      <div className="nd-tool-group nd-tool-inserts" role="group" aria-label="Insert">
        {button(
          pictureBusy ? 'Adding picture…' : 'Picture',
          null,
          <>
            <ToolbarIcon name="picture" />
            {/* Both words take the same place, so the toolbar keeps its width (and its one row) while a picture is added. */}
            <span className="nd-tool-swap">
              <span className={pictureBusy ? 'is-hidden' : undefined}>Picture</span>
              <span className={pictureBusy ? undefined : 'is-hidden'}>Adding…</span>
            </span>
          </>,
          onPicture,
          live.canInsertBlock && !pictureBusy,
          undefined,
          true,
        )}
        {button('Ad slot', null, <><ToolbarIcon name="ad" />Ad</>, () => insertBlock(editor, { kind: 'ad-slot' }), live.canInsertBlock, undefined, true)}
        {button('Newsletter box', null, <><ToolbarIcon name="newsletter" />Newsletter</>, () => insertBlock(editor, { kind: 'newsletter' }), live.canInsertBlock, undefined, true)}
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
