import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { NewsletterBoxAttrs } from '@shared/editor/nodes/NewsletterBox.ts';
import { AttrField } from './AttrField.tsx';

/** The newsletter sign-up box, with its heading, text and button label editable in place. */
export function NewsletterBoxView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const attrs = node.attrs as NewsletterBoxAttrs;
  return (
    <NodeViewWrapper className={`nd-newsletter${selected ? ' is-selected' : ''}`}>
      <div className="nd-newsletter-bar" data-drag-handle="" title="Newsletter box: drag to move">
        <span className="nd-newsletter-kind">Newsletter box</span>
        <button type="button" className="nd-node-remove" onClick={deleteNode} aria-label="Remove newsletter box" title="Remove newsletter box">
          ×
        </button>
      </div>
      <AttrField
        className="nd-newsletter-heading"
        label="Heading"
        value={attrs.heading}
        placeholder="Subscribe to our newsletter"
        onChange={(heading) => updateAttributes({ heading })}
      />
      <AttrField
        className="nd-newsletter-text"
        label="Text"
        multiline
        value={attrs.text}
        placeholder="One line on what readers get (optional)"
        onChange={(text) => updateAttributes({ text })}
      />
      <AttrField
        className="nd-newsletter-button"
        label="Button label"
        value={attrs.buttonLabel}
        placeholder="Subscribe"
        maxLength={60}
        onChange={(buttonLabel) => updateAttributes({ buttonLabel })}
      />
    </NodeViewWrapper>
  );
}
