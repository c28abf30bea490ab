import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useState } from 'react';
import type { FigureAttrs } from '@shared/editor/nodes/Figure.ts';
import { AttrField } from './AttrField.tsx';
import { useBodyEditorServices } from './bodyEditorServices.ts';

/**
 * A picture in the body while editing: the image, its caption, credit and alt
 * text as separate fields, and buttons to replace or remove it. Replacing keeps
 * the caption, credit and alt text.
 */
export function FigureView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const attrs = node.attrs as FigureAttrs;
  const { assetUrl, choosePicture } = useBodyEditorServices();
  const [failedAssetId, setFailedAssetId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const missing = attrs.assetId === null || attrs.assetId === '' || failedAssetId === attrs.assetId;

  const replace = async () => {
    setBusy(true);
    try {
      const assetId = await choosePicture();
      if (assetId) updateAttributes({ assetId });
    } finally {
      setBusy(false);
    }
  };

  return (
    <NodeViewWrapper className={`nd-figure${selected ? ' is-selected' : ''}${missing ? ' is-missing' : ''}`}>
      <div className="nd-figure-media" data-drag-handle="" title="Drag to move the picture">
        {missing ? (
          <div className="nd-figure-missing" role="img" aria-label={attrs.assetId ? 'Picture missing from the library' : 'No picture chosen'}>
            <strong>{attrs.assetId ? 'The picture file is missing from the library.' : 'No picture chosen yet.'}</strong>
            <span>Use “{attrs.assetId ? 'Replace picture' : 'Choose picture'}” to add one. The caption and credit are kept.</span>
          </div>
        ) : (
          <img
            src={assetUrl(attrs.assetId ?? '')}
            alt={attrs.alt}
            draggable={false}
            onError={() => setFailedAssetId(attrs.assetId)}
          />
        )}
      </div>
      <div className="nd-figure-fields">
        <AttrField
          className="nd-figure-caption"
          label="Caption"
          multiline
          value={attrs.caption}
          placeholder="What the picture shows, where and when"
          onChange={(caption) => updateAttributes({ caption })}
        />
        <AttrField
          className="nd-figure-credit"
          label="Credit"
          value={attrs.credit}
          placeholder="e.g. EPA/MAURIZIO GAMBARINI"
          maxLength={300}
          onChange={(credit) => updateAttributes({ credit })}
        />
        <AttrField
          className="nd-figure-alt"
          label="Alt text"
          value={attrs.alt}
          placeholder="Describe what the picture shows"
          maxLength={1_000}
          hint={attrs.alt.trim() === '' ? 'Needed for screen readers; not shown on the page.' : undefined}
          onChange={(alt) => updateAttributes({ alt })}
        />
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
