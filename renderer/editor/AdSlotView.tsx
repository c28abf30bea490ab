import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';

/** The "- Advertisement -" placeholder: not text, only moved or removed. */
export function AdSlotView({ deleteNode, selected }: ReactNodeViewProps) {
  return (
    <NodeViewWrapper className={`nd-ad-slot${selected ? ' is-selected' : ''}`} data-drag-handle="" title="Advertisement slot: drag to move">
      <span className="nd-ad-slot-label">- Advertisement -</span>
      <button
        type="button"
        className="nd-node-remove"
        onClick={deleteNode}
        aria-label="Remove advertisement slot"
        title="Remove advertisement slot"
      >
        ×
      </button>
    </NodeViewWrapper>
  );
}
