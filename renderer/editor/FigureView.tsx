import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useLayoutEffect, useRef, useState, type DragEvent } from 'react';
import type { FigureAttrs } from '@shared/editor/nodes/Figure.ts';
import { defaultCreditLine } from '@shared/story/defaultCreditLine.ts';
import { FromFileMark } from '../features/photo/FromFileMark.tsx';
import { isFromFile, type PictureTextField } from '../features/photo/pictureFileValue.ts';
import { pictureFactsText } from '../features/photo/pictureFactsText.ts';
import { prefillPicture } from '../features/photo/prefillPicture.ts';
import { useAssetInfo } from '../stores/assetInfoStore.ts';
import { AttrField } from './AttrField.tsx';
import { useBodyEditorServices } from './bodyEditorServices.ts';
import { useNearScreen } from './useNearScreen.ts';

const CREDIT_EXAMPLE = 'e.g. EPA/MAURIZIO GAMBARINI';

/**
 * A picture in the body while editing: the image, its caption, credit and alt
 * text as separate fields, the rights fields folded away, and buttons to replace
 * or remove it. Replacing keeps the words and fills only empty ones from the new file.
 */
export function FigureView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const attrs = node.attrs as FigureAttrs;
  const { assetUrl, choosePicture } = useBodyEditorServices();
  const [failedAssetId, setFailedAssetId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The words on the node when a slow import finishes (they may have been typed meanwhile).
  const latestAttrs = useRef(attrs);
  useLayoutEffect(() => {
    latestAttrs.current = attrs;
  });
  const wrapperRef = useRef<HTMLDivElement>(null);
  const info = useAssetInfo(useNearScreen(wrapperRef) ? attrs.assetId : null);
  const missing = attrs.assetId === null || attrs.assetId === '' || failedAssetId === attrs.assetId;
  const mark = (field: PictureTextField) => <FromFileMark show={isFromFile(info?.metadata, field, attrs[field])} />;
  const printedCredit = defaultCreditLine({ source: attrs.source, creator: attrs.creator });

  const replace = async () => {
    setBusy(true);
    try {
      const chosen = await choosePicture();
      // The words on the node now (not when the chooser opened) are the ones to keep.
      if (chosen) updateAttributes({ ...prefillPicture(latestAttrs.current, chosen.metadata), assetId: chosen.assetId });
    } finally {
      setBusy(false);
    }
  };

  const rightsField = (field: 'creator' | 'source' | 'copyright' | 'usageTerms', label: string, placeholder: string, maxLength: number) => (
    <AttrField
      className={`nd-figure-${field}`}
      label={label}
      value={attrs[field]}
      placeholder={placeholder}
      maxLength={maxLength}
      adornment={mark(field)}
      onChange={(value) => updateAttributes({ [field]: value })}
    />
  );

  return (
    <NodeViewWrapper
      ref={wrapperRef}
      className={`nd-figure${selected ? ' is-selected' : ''}${missing ? ' is-missing' : ''}`}
      // Let a picture file be dropped here (the editor's drop handler replaces this figure's file).
      onDragOver={(event: DragEvent) => {
        if (event.dataTransfer.types.includes('Files')) event.preventDefault();
      }}
    >
      <div className="nd-figure-media" data-drag-handle="" title="Drag to move the picture">
        {missing ? (
          <div className="nd-figure-missing" role="img" aria-label={attrs.assetId ? 'Picture missing from the library' : 'No picture chosen'}>
            <strong>{attrs.assetId ? 'The picture file is missing from the library.' : 'No picture chosen yet.'}</strong>
            <span>Use “{attrs.assetId ? 'Replace picture' : 'Choose picture'}” to add one. The caption and credit are kept.</span>
          </div>
        ) : (
          <img
            src={assetUrl(attrs.assetId ?? '')}
            // A long story's pictures load as the writer scrolls to them, not all at once on opening.
            loading="lazy"
            decoding="async"
            alt={attrs.alt}
            draggable={false}
            onError={() => setFailedAssetId(attrs.assetId)}
          />
        )}
      </div>
      <div className="nd-figure-fields">
        {info && !missing ? (
          <p className="picture-facts" data-testid="figure-facts">
            {pictureFactsText(info)}
          </p>
        ) : null}
        <AttrField
          className="nd-figure-caption"
          label="Caption"
          multiline
          value={attrs.caption}
          placeholder="What the picture shows, where and when"
          adornment={mark('caption')}
          onChange={(caption) => updateAttributes({ caption })}
        />
        <AttrField
          className="nd-figure-credit"
          label="Credit"
          value={attrs.credit}
          placeholder={printedCredit || CREDIT_EXAMPLE}
          maxLength={300}
          adornment={mark('credit')}
          hint={attrs.credit.trim() === '' && printedCredit ? 'Empty: prints SOURCE/CREATOR, as shown.' : undefined}
          onChange={(credit) => updateAttributes({ credit })}
        />
        <AttrField
          className="nd-figure-alt"
          label="Alt text"
          value={attrs.alt}
          placeholder="Describe what the picture shows"
          maxLength={1_000}
          adornment={mark('alt')}
          hint={attrs.alt.trim() === '' ? 'Needed for screen readers; not shown on the page.' : undefined}
          onChange={(alt) => updateAttributes({ alt })}
        />
        <details className="nd-figure-rights rights">
          <summary>Rights{attrs.creator || attrs.source || attrs.copyright || attrs.usageTerms ? '' : <span className="rights__empty"> — none yet</span>}</summary>
          {rightsField('creator', 'Creator', 'Photographer', 300)}
          {rightsField('source', 'Source', 'Agency, e.g. EPA', 300)}
          {rightsField('copyright', 'Copyright', 'e.g. © 2024 EPA', 500)}
          {rightsField('usageTerms', 'Usage terms', 'e.g. Editorial use only', 2_000)}
        </details>
        <div className="nd-node-actions">
          <button type="button" className="nd-node-button is-quiet" onClick={() => void replace()} disabled={busy}>
            {busy ? 'Adding…' : attrs.assetId ? 'Replace picture' : 'Choose picture'}
          </button>
          <button type="button" className="nd-node-button is-quiet is-remove" onClick={deleteNode}>
            Remove picture
          </button>
        </div>
      </div>
    </NodeViewWrapper>
  );
}
