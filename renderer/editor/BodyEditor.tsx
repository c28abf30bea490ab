import type { Editor } from '@tiptap/core';
import { useEditor } from '@tiptap/react';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { createPortal } from 'react-dom';
import type { AssetInfo } from '@shared/api/contract.ts';
import type { FigureAttrs } from '@shared/editor/nodes/Figure.ts';
import type { BodyDoc } from '@shared/story/bodySchema.ts';
import { emptyPicture } from '@shared/story/emptyPicture.ts';
import { displayUrl, importPictureFile } from '../api/client.ts';
import { createQuietTimer } from '../app/createQuietTimer.ts';
import { prefillPicture } from '../features/photo/prefillPicture.ts';
import { pictureFiles } from '../features/story/usePictureImport.ts';
import { rememberAssetInfo } from '../stores/assetInfoStore.ts';
import { describeError } from '../stores/describeError.ts';
import { isSmartTypographyOn } from '../features/writing/writingSettingsStore.ts';
import { bodyEditorExtensions } from './bodyEditorExtensions.ts';
import { bodyEditorProps } from './bodyEditorProps.ts';
import { countDocWords } from './countDocWords.ts';
import { figurePositions } from './figurePositions.ts';
import { noBodyEditorServices, type BodyEditorServices } from './bodyEditorServices.ts';
import type { BodyEditorHandle, BodyEditorProps } from './bodyEditorTypes.ts';
import { EditorSurface } from './EditorSurface.tsx';
import { EditorToolbar } from './EditorToolbar.tsx';
import { blockInsertPosition } from './blockInsertPosition.ts';
import { insertBlock } from './insertBlock.ts';
import { LinkPopover, type LinkFormTarget } from './LinkPopover.tsx';
import { linkTargetAtSelection, setLinkTarget } from './linkTarget.ts';
import { trackPosition } from './trackPosition.ts';
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
  const openLinkRef = useRef<() => void>(() => {});
  const [linkForm, setLinkForm] = useState<LinkFormTarget | null>(null);
  const [pictureBusy, setPictureBusy] = useState(false);
  // Filled once the editor exists; ProseMirror's drop and paste props call through it.
  const dropAndPaste = useRef<{ insertFilesAt: (files: File[], pos: number) => Promise<void>; replaceFigureAt: (file: File, pos: number) => Promise<void> }>({
    insertFilesAt: () => Promise.resolve(),
    replaceFigureAt: () => Promise.resolve(),
  });

  // The node views read the services through this at call time; the editor (and its figures) exists
  // before the services below do, so picture URLs are ready from the start and the rest follows.
  const servicesRef = useRef<BodyEditorServices>({ ...noBodyEditorServices, assetUrl: displayUrl });

  const [initialContent] = useState(props.initialContent);
  const [extensions] = useState(() =>
    bodyEditorExtensions({ onLinkShortcut: () => openLinkRef.current(), isSmartTypographyOn, services: () => servicesRef.current }),
  );

  // The word count follows typing once it pauses: one browser timer, moved back by each change.
  const statsEditor = useRef<Editor | null>(null);
  const [statsTimer] = useState(() =>
    createQuietTimer(() => {
      const counted = statsEditor.current;
      if (counted && !counted.isDestroyed) latest.current.onStats({ words: countDocWords(counted.state.doc) });
    }, STATS_DELAY_MS),
  );
  const scheduleStats = useCallback(
    (editor: Editor, delay: number) => {
      statsEditor.current = editor;
      statsTimer.poke(delay);
    },
    [statsTimer],
  );

  const editor = useEditor({
    extensions,
    content: initialContent,
    editorProps: {
      ...bodyEditorProps,
      handleDrop: (view, event, _slice, moved) => {
        const files = moved ? [] : pictureFiles(event.dataTransfer?.files);
        if (files.length === 0) return false;
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
        if (!at) return false;
        const target = at.inside >= 0 ? view.state.doc.nodeAt(at.inside) : null;
        const [first] = files;
        if (target?.type.name === 'figure' && first && files.length === 1) void dropAndPaste.current.replaceFigureAt(first, at.inside);
        else void dropAndPaste.current.insertFilesAt(files, at.pos);
        return true;
      },
      handlePaste: (view, event) => {
        const data = event.clipboardData;
        // Word and friends put a picture of the text beside the text itself: only a paste with no text is a picture.
        if (!data || data.getData('text/plain').trim() !== '') return false;
        const files = pictureFiles(data.files);
        if (files.length === 0) return false;
        void dropAndPaste.current.insertFilesAt(files, view.state.selection.to);
        return true;
      },
    },
    // TipTap's Delete extension works out, on a timer after every change, what each transaction
    // deleted, for 'delete' listeners; nothing here listens, so no keystroke pays for it.
    enableCoreExtensions: { delete: false },
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    onCreate: ({ editor: created }) => scheduleStats(created, 0),
    onUpdate: ({ editor: changed }) => {
      latest.current.onChange();
      scheduleStats(changed, STATS_DELAY_MS);
    },
  });

  useEffect(() => () => statsTimer.cancel(), [statsTimer]);

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

  // Imports run in the core; the editor never waits on them, so typing goes on while a big picture is read.
  const importPicture = useCallback(async (file: File): Promise<AssetInfo | null> => {
    setPictureBusy(true);
    try {
      const info = await importPictureFile(file);
      rememberAssetInfo(info);
      return info;
    } catch (error) {
      latest.current.onError(`“${file.name}” was not added: ${describeError(error)}`);
      return null;
    } finally {
      setPictureBusy(false);
    }
  }, []);

  const choosePicture = useCallback(async (): Promise<AssetInfo | null> => {
    const file = await pickFile();
    return file ? importPicture(file) : null;
  }, [pickFile, importPicture]);

  const insertPicture = useCallback(async () => {
    const info = await choosePicture();
    if (info && !editor.isDestroyed) insertBlock(editor, { kind: 'figure', assetId: info.assetId, attrs: prefillPicture(emptyPicture(), info.metadata) });
  }, [choosePicture, editor]);

  /** Imports files and inserts each as a figure where they were dropped or pasted, wherever that place has moved to meanwhile. */
  const insertFilesAt = useCallback(
    async (files: File[], pos: number) => {
      // Inside a sentence, the pictures go after its paragraph rather than cutting it in two.
      const place = trackPosition(editor, blockInsertPosition(editor.state.doc, pos));
      try {
        for (const file of files) {
          const info = await importPicture(file);
          if (!info || editor.isDestroyed) continue;
          const at = Math.min(place.get(), editor.state.doc.content.size);
          const attrs = { ...emptyPicture(), ...prefillPicture(emptyPicture(), info.metadata), assetId: info.assetId };
          editor.chain().insertContentAt(at, { type: 'figure', attrs }).run();
        }
      } finally {
        place.stop();
      }
    },
    [editor, importPicture],
  );

  /** Gives the figure at `pos` a new file, keeping its words and filling only the empty ones from the file. */
  const replaceFigureAt = useCallback(
    async (file: File, pos: number) => {
      const before = editor.state.doc.nodeAt(pos)?.attrs as FigureAttrs | undefined;
      const place = trackPosition(editor, pos);
      try {
        const info = await importPicture(file);
        if (!info || editor.isDestroyed || !before) return;
        const at = place.get();
        const node = editor.state.doc.nodeAt(at);
        // The figure was removed or another took its place while the file was read: add it as a new one instead.
        if (node?.type.name !== 'figure' || (node.attrs as FigureAttrs).assetId !== before.assetId) {
          editor.chain().insertContentAt(Math.min(at, editor.state.doc.content.size), { type: 'figure', attrs: { ...emptyPicture(), ...prefillPicture(emptyPicture(), info.metadata), assetId: info.assetId } }).run();
          return;
        }
        const attrs = node.attrs as FigureAttrs;
        editor.view.dispatch(editor.state.tr.setNodeMarkup(at, undefined, { ...attrs, ...prefillPicture(attrs, info.metadata), assetId: info.assetId }));
      } finally {
        place.stop();
      }
    },
    [editor, importPicture],
  );

  useLayoutEffect(() => {
    dropAndPaste.current = { insertFilesAt, replaceFigureAt };
  }, [insertFilesAt, replaceFigureAt]);

  const services = useMemo<BodyEditorServices>(
    () => ({ assetUrl: displayUrl, choosePicture, importPicture, reportError: (message) => latest.current.onError(message) }),
    [choosePicture, importPicture],
  );
  useLayoutEffect(() => {
    servicesRef.current = services;
  }, [services]);

  useEffect(() => {
    const handle: BodyEditorHandle = {
      getJSON: () => editor.getJSON() as BodyDoc,
      editor: () => (editor.isDestroyed ? null : editor),
      focus: () => editor.commands.focus(),
      insert: (kind) => {
        if (kind === 'picture') void insertPicture();
        else insertBlock(editor, { kind });
      },
      listFigures: () => figurePositions(editor.state.doc).map((f, i) => ({ index: i + 1, attrs: f.attrs })),
      updateFigure: (index, attrs) => {
        const figure = figurePositions(editor.state.doc)[index - 1];
        if (!figure || editor.isDestroyed) return false;
        editor.view.dispatch(editor.state.tr.setNodeMarkup(figure.pos, undefined, { ...figure.attrs, ...attrs }));
        return true;
      },
      scrollToFigure: (index, field) => {
        const figure = figurePositions(editor.state.doc)[index - 1];
        if (!figure || editor.isDestroyed) return false;
        const dom = editor.view.nodeDOM(figure.pos);
        const input = dom instanceof HTMLElement ? dom.querySelector<HTMLElement>(`.nd-figure-${field} .nd-field-input`) : null;
        if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'center', behavior: 'smooth' });
        // The cursor goes into the field to fix, never a selection of the figure in the text, which
        // the next key typed would replace.
        input?.focus({ preventScroll: true });
        return true;
      },
      revealRange: (from, to) => {
        if (editor.isDestroyed) return false;
        const { doc } = editor.state;
        const a = Math.max(0, Math.min(from, doc.content.size));
        const b = Math.max(a, Math.min(to, doc.content.size));
        const node = doc.nodeAt(a);
        // A range that is exactly one block leaf (an ad slot, a figure) selects that node; text ranges snap to valid text positions.
        const selection = node?.isAtom && node.isBlock && b - a === node.nodeSize ? NodeSelection.create(doc, a) : TextSelection.between(doc.resolve(a), doc.resolve(b));
        editor.view.dispatch(editor.state.tr.setSelection(selection));
        editor.view.focus();
        const at = editor.view.domAtPos(selection.from);
        const element = at.node instanceof HTMLElement ? at.node : at.node.parentElement;
        element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        return true;
      },
    };
    latest.current.handleRef(handle);
    return () => latest.current.handleRef(null);
  }, [editor, insertPicture]);

  const toolbar = <EditorToolbar editor={editor} onLink={openLink} onPicture={() => void insertPicture()} pictureBusy={pictureBusy} />;
  const { toolbarSlot } = props;
  return (
    <div className="nd-body-editor">
      {toolbarSlot ? createPortal(toolbar, toolbarSlot) : toolbar}
      <EditorSurface editor={editor} className="nd-body-surface" />
      {/* In the document's body: the story's scroll area contains its layout (story.css), and a fixed box
          inside it would be placed and clipped against that area instead of the window. */}
      {linkForm ? createPortal(<LinkPopover editor={editor} target={linkForm} onClose={closeLink} />, document.body) : null}
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
  );
});
