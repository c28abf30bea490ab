import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { BodyDoc } from '@shared/story/bodySchema.ts';
import { api, assetUrl } from '../api/client.ts';
import { bodyEditorExtensions } from './bodyEditorExtensions.ts';
import { bodyEditorProps } from './bodyEditorProps.ts';
import { countDocWords } from './countDocWords.ts';
import { BodyEditorServicesContext, type BodyEditorServices } from './bodyEditorServices.ts';
import type { BodyEditorHandle, BodyEditorProps } from './bodyEditorTypes.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import { insertBlock } from './insertBlock.ts';
import { LinkPopover, type LinkFormTarget } from './LinkPopover.tsx';
import { linkTargetAtSelection, setLinkTarget } from './linkTarget.ts';
import './editor.css';

const STATS_DELAY_MS = 250;
const PICTURE_TYPES = 'image/jpeg,image/png,image/webp';

/**
 * The rich-text story body. Created once per story (change the React key to
 * load another); it never re-renders on typing: the toolbar reads the editor
 * through selectors, `onChange` carries no data and the word count is debounced.
 */
export const BodyEditor = memo(function BodyEditor(props: BodyEditorProps) {
  // The latest callbacks, read at call time, so new function props never rebuild the editor.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  const fileInputRef = useRef<HTMLInputElement>(null);
  const pendingPick = useRef<((file: File | null) => void) | null>(null);
  const statsTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const openLinkRef = useRef<() => void>(() => {});
  const [linkForm, setLinkForm] = useState<LinkFormTarget | null>(null);
  const [pictureBusy, setPictureBusy] = useState(false);

  const [initialContent] = useState(props.initialContent);
  const [extensions] = useState(() => bodyEditorExtensions({ onLinkShortcut: () => openLinkRef.current() }));

  const scheduleStats = useCallback((editor: Editor, delay: number) => {
    clearTimeout(statsTimer.current);
    statsTimer.current = setTimeout(() => {
      if (!editor.isDestroyed) latest.current.onStats({ words: countDocWords(editor.state.doc) });
    }, delay);
  }, []);

  const editor = useEditor({
    extensions,
    content: initialContent,
    editorProps: bodyEditorProps,
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    onCreate: ({ editor: created }) => scheduleStats(created, 0),
    onUpdate: ({ editor: changed }) => {
      latest.current.onChange();
      scheduleStats(changed, STATS_DELAY_MS);
    },
  });

  useEffect(() => () => clearTimeout(statsTimer.current), []);

  // The range is fixed (and highlighted) now: resizing, scrolling or re-rendering while the form is open cannot move it.
  const openLink = useCallback(() => {
    if (editor.isDestroyed) return;
    const target = linkTargetAtSelection(editor);
    setLinkTarget(editor, target);
    setLinkForm(target);
  }, [editor]);
  useLayoutEffect(() => {
    openLinkRef.current = openLink;
  }, [openLink]);
  const closeLink = useCallback(() => {
    setLinkTarget(editor, null);
    setLinkForm(null);
  }, [editor]);

  /** Opens the file chooser; resolves with the chosen file, or null when cancelled. */
  const pickFile = useCallback(
    () =>
      new Promise<File | null>((resolve) => {
        pendingPick.current?.(null);
        pendingPick.current = resolve;
        const input = fileInputRef.current;
        if (!input) return resolve(null);
        input.value = '';
        input.click();
      }),
    [],
  );
  const settlePick = useCallback((file: File | null) => {
    const resolve = pendingPick.current;
    pendingPick.current = null;
    resolve?.(file);
  }, []);
  useEffect(() => {
    // React has no prop for the file input's `cancel` event (closing the chooser without a file).
    const input = fileInputRef.current;
    const cancel = () => settlePick(null);
    input?.addEventListener('cancel', cancel);
    return () => input?.removeEventListener('cancel', cancel);
  }, [settlePick]);

  const choosePicture = useCallback(async (): Promise<string | null> => {
    const file = await pickFile();
    if (!file) return null;
    setPictureBusy(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const info = await api.importAsset({ fileName: file.name, bytes });
      return info.assetId;
    } catch (error) {
      latest.current.onError(error instanceof Error ? error.message : `The picture “${file.name}” could not be added.`);
      return null;
    } finally {
      setPictureBusy(false);
    }
  }, [pickFile]);

  const insertPicture = useCallback(async () => {
    const assetId = await choosePicture();
    if (assetId && !editor.isDestroyed) insertBlock(editor, { kind: 'figure', assetId });
  }, [choosePicture, editor]);

  const services = useMemo<BodyEditorServices>(
    () => ({ assetUrl, choosePicture, reportError: (message) => latest.current.onError(message) }),
    [choosePicture],
  );

  useEffect(() => {
    const handle: BodyEditorHandle = {
      getJSON: () => editor.getJSON() as BodyDoc,
      focus: () => editor.commands.focus(),
      insert: (kind) => {
        if (kind === 'picture') void insertPicture();
        else insertBlock(editor, { kind });
      },
    };
    latest.current.handleRef(handle);
    return () => latest.current.handleRef(null);
  }, [editor, insertPicture]);

  return (
    <BodyEditorServicesContext.Provider value={services}>
      <div className="nd-body-editor">
        <EditorToolbar editor={editor} onLink={openLink} onPicture={() => void insertPicture()} pictureBusy={pictureBusy} />
        <EditorContent editor={editor} className="nd-body-surface" />
        {linkForm ? <LinkPopover editor={editor} target={linkForm} onClose={closeLink} /> : null}
        <input
          ref={fileInputRef}
          className="nd-picture-input"
          type="file"
          accept={PICTURE_TYPES}
          hidden
          aria-label="Choose a picture file"
          onChange={(event: ChangeEvent<HTMLInputElement>) => settlePick(event.target.files?.[0] ?? null)}
        />
      </div>
    </BodyEditorServicesContext.Provider>
  );
});
