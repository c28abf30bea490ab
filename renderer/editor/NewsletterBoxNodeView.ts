import type { NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NewsletterBoxAttrs } from '@shared/editor/nodes/NewsletterBox.ts';
import { createAttrField, type AttrFieldHandle } from './createAttrField.ts';
import { createRemoveButton, DomNodeView } from './DomNodeView.ts';

/** The newsletter sign-up box, with its heading, text and button label editable in place. */
export class NewsletterBoxNodeView extends DomNodeView {
  private readonly fields: { [K in keyof NewsletterBoxAttrs]: AttrFieldHandle };

  constructor(props: NodeViewRendererProps) {
    super(props, 'nd-newsletter');
    const attrs = props.node.attrs as NewsletterBoxAttrs;
    const bar = document.createElement('div');
    bar.className = 'nd-newsletter-bar';
    bar.setAttribute('data-drag-handle', '');
    bar.title = 'Newsletter box: drag to move';
    const kind = document.createElement('span');
    kind.className = 'nd-newsletter-kind';
    kind.textContent = 'Newsletter box';
    bar.append(kind, createRemoveButton('Remove newsletter box', () => this.deleteNode()));

    this.fields = {
      heading: createAttrField({
        className: 'nd-newsletter-heading',
        label: 'Heading',
        value: attrs.heading,
        placeholder: 'Subscribe to our newsletter',
        onChange: (heading) => this.updateAttributes({ heading }),
      }),
      text: createAttrField({
        className: 'nd-newsletter-text',
        label: 'Text',
        multiline: true,
        value: attrs.text,
        placeholder: 'One line on what readers get (optional)',
        onChange: (text) => this.updateAttributes({ text }),
      }),
      buttonLabel: createAttrField({
        className: 'nd-newsletter-button',
        label: 'Button label',
        value: attrs.buttonLabel,
        placeholder: 'Subscribe',
        maxLength: 60,
        onChange: (buttonLabel) => this.updateAttributes({ buttonLabel }),
      }),
    };
    this.wrapper.append(bar, this.fields.heading.element, this.fields.text.element, this.fields.buttonLabel.element);
  }

  protected render(node: ProseMirrorNode): void {
    const attrs = node.attrs as NewsletterBoxAttrs;
    this.fields.heading.setValue(attrs.heading);
    this.fields.text.setValue(attrs.text);
    this.fields.buttonLabel.setValue(attrs.buttonLabel);
  }
}
