import type { NodeViewRendererProps } from '@tiptap/core';
import { createRemoveButton, DomNodeView } from './DomNodeView.ts';

/** The "- Advertisement -" placeholder: not text, only moved or removed. */
export class AdSlotNodeView extends DomNodeView {
  constructor(props: NodeViewRendererProps) {
    super(props, 'nd-ad-slot');
    this.wrapper.setAttribute('data-drag-handle', '');
    this.wrapper.title = 'Advertisement slot: drag to move';
    const label = document.createElement('span');
    label.className = 'nd-ad-slot-label';
    label.textContent = '- Advertisement -';
    this.wrapper.append(label, createRemoveButton('Remove advertisement slot', () => this.deleteNode()));
  }

  protected render(): void {
    // The slot has no attributes: nothing to redraw.
  }
}
