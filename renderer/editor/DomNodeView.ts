import { NodeView, type NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * A node view drawn with plain DOM instead of React: a long story holds dozens of
 * these blocks, and a React root per block cost about a millisecond each to open
 * plus extra elements the browser walks on every keystroke. The markup matches what
 * `ReactNodeViewRenderer` drew (outer `.react-renderer.node-<name>.nd-node`, inner
 * `[data-node-view-wrapper]`), so styles and tests see the same page. Events,
 * mutations and dragging by `[data-drag-handle]` use TipTap's own `NodeView` rules.
 * Keep it so: a keystroke's events in the body are handed to the editor from the top of the page
 * (TypingEventBoundary.ts), so React's listeners never see them.
 */
export abstract class DomNodeView extends NodeView<null> {
  private readonly outer: HTMLElement;
  /** The block's visible box; subclasses fill it. */
  protected readonly wrapper: HTMLElement;

  constructor(props: NodeViewRendererProps, wrapperClass: string) {
    super(null, props);
    this.outer = document.createElement('div');
    this.outer.className = `react-renderer node-${props.node.type.name} nd-node`;
    // ProseMirror would set this too (a leaf view is not text); set here so every DOM reports it the same.
    this.outer.setAttribute('contenteditable', 'false');
    this.wrapper = document.createElement('div');
    this.wrapper.className = wrapperClass;
    this.wrapper.setAttribute('data-node-view-wrapper', '');
    this.wrapper.style.whiteSpace = 'normal';
    this.wrapper.addEventListener('dragstart', (event) => this.onDragStart(event));
    this.outer.append(this.wrapper);
  }

  override get dom(): HTMLElement {
    return this.outer;
  }

  /** Redraws what depends on the node's attributes; the node is already `this.node`. */
  protected abstract render(node: ProseMirrorNode): void;

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false;
    if (node !== this.node) {
      this.node = node;
      this.render(node);
    }
    return true;
  }

  selectNode(): void {
    this.outer.classList.add('ProseMirror-selectednode');
    this.wrapper.classList.add('is-selected');
  }

  deselectNode(): void {
    this.outer.classList.remove('ProseMirror-selectednode');
    this.wrapper.classList.remove('is-selected');
  }

  destroy(): void {
    // Nothing to release: the listeners live on elements that go away with the view.
  }
}

/** A "×" button that removes the node, as every block view shows it. */
export function createRemoveButton(label: string, onRemove: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'nd-node-remove';
  button.setAttribute('aria-label', label);
  button.title = label;
  button.textContent = '×';
  button.addEventListener('click', onRemove);
  return button;
}
