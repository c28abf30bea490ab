import type { NodeViewRendererProps } from '@tiptap/core';
import type { FigureAttrs } from '@shared/editor/nodes/Figure.ts';
import { prefillPicture } from '../features/photo/prefillPicture.ts';
import { ensureAssetInfo, useAssetInfoStore, type AssetInfoEntry } from '../stores/assetInfoStore.ts';
import type { BodyEditorServices } from './bodyEditorServices.ts';
import { createFigureFields, type FigureFields } from './createFigureFields.ts';
import { DomNodeView } from './DomNodeView.ts';
import { scheduleIdleBuild } from './scheduleIdleBuild.ts';

/** How far outside the visible area a figure counts as near: about a screen above and below. */
const NEAR_MARGIN = '1000px 0px';
/**
 * While a story opens, the fields of pictures past this position in the body are built after the
 * first frame (when near the screen, or when the page is idle); those before it are on or near the
 * first screen and are built at once. A jump straight to the end (Ctrl+End) in the first moments
 * may show a far picture without its fields for a frame.
 */
const EAGER_UNTIL_POS = 6_000;

/**
 * A picture in the body while editing, drawn with plain DOM: the image, its caption, credit and
 * alt text as separate fields, the rights fields folded away, and buttons to replace or remove
 * it. Replacing keeps the words and fills only empty ones from the new file. The picture's facts
 * and "from file" marks are fetched only once the block comes near the screen, so a long story
 * does not ask for forty pictures' info while it opens. For the same reason, while a long story
 * opens, the fields of pictures far down the body are built a moment later (see EAGER_UNTIL_POS):
 * the story is editable sooner, and the pictures are complete before the writer can scroll to them.
 */
export class FigureNodeView extends DomNodeView {
  private readonly services: () => BodyEditorServices;
  private readonly media: HTMLElement;
  /** Null until built (see EAGER_UNTIL_POS). */
  private fields: FigureFields | null = null;
  private cancelIdleBuild: (() => void) | null = null;
  private image: HTMLImageElement | null = null;
  /** The picture the image shows, so a load error marks that one missing. */
  private imageAssetId: string | null = null;
  private missingBox: HTMLElement | null = null;
  private missingKind: 'gone' | 'none' | null = null;
  private failedAssetId: string | null = null;
  private busy = false;
  private near = typeof IntersectionObserver === 'undefined';
  private observer: IntersectionObserver | null = null;
  private unsubscribe: (() => void) | null = null;
  /** The store entry last drawn, so news about other pictures redraws nothing. */
  private drawnEntry: AssetInfoEntry | undefined;
  private destroyed = false;
  /** Set while drawing: the store news a draw itself causes (its fetch starting) is drawn by that draw. */
  private drawing = false;

  /** `services` is read at call time: the host's services may change after the editor is built. */
  constructor(props: NodeViewRendererProps, services: () => BodyEditorServices) {
    super(props, 'nd-figure');
    this.services = services;
    // Let a picture file be dropped here (the editor's drop handler replaces this figure's file).
    this.wrapper.addEventListener('dragover', (event) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    });
    this.media = document.createElement('div');
    this.media.className = 'nd-figure-media';
    this.media.setAttribute('data-drag-handle', '');
    this.media.title = 'Drag to move the picture';
    this.wrapper.append(this.media);
    // Only the first drawing of the document waits: a picture inserted or brought back later is on screen.
    const opening = !props.editor.isInitialized;
    if (!this.near && opening && (this.getPos() ?? 0) >= EAGER_UNTIL_POS) {
      this.cancelIdleBuild = scheduleIdleBuild(() => {
        this.buildFields();
        this.draw();
      });
    } else {
      this.buildFields();
    }
    if (this.near) this.watchInfo();
    else this.observeNearness();
    this.draw();
  }

  protected render(): void {
    this.draw();
  }

  override selectNode(): void {
    // Selected from afar (the photo panel, a desk check): its fields are needed now.
    if (!this.fields) {
      this.buildFields();
      this.draw();
    }
    super.selectNode();
  }

  override destroy(): void {
    this.destroyed = true;
    this.cancelIdleBuild?.();
    this.cancelIdleBuild = null;
    this.observer?.disconnect();
    this.observer = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    super.destroy();
  }

  private buildFields(): void {
    if (this.fields || this.destroyed) return;
    this.cancelIdleBuild?.();
    this.cancelIdleBuild = null;
    this.fields = createFigureFields(
      { attrs: this.attrs(), info: null, missing: this.isMissing(), busy: this.busy },
      {
        onChange: (patch) => this.updateAttributes(patch),
        onChoose: () => void this.choose(),
        onRemove: () => this.deleteNode(),
      },
    );
    this.wrapper.append(this.fields.element);
  }

  private attrs(): FigureAttrs {
    return this.node.attrs as FigureAttrs;
  }

  private isMissing(): boolean {
    const { assetId } = this.attrs();
    return assetId === null || assetId === '' || this.failedAssetId === assetId;
  }

  private observeNearness(): void {
    this.observer = new IntersectionObserver(
      (entries) => {
        // A notice already queued when the view was destroyed must not subscribe it again.
        if (this.destroyed || !entries.some((entry) => entry.isIntersecting)) return;
        this.observer?.disconnect();
        this.observer = null;
        this.buildFields();
        this.watchInfo();
        this.draw();
      },
      // The outer `.nd-node` block: its contents are not laid out while off screen (content-visibility).
      // scrollMargin: the story scrolls in its own area, whose edge would otherwise clip at zero margin.
      { rootMargin: NEAR_MARGIN, scrollMargin: NEAR_MARGIN } as IntersectionObserverInit,
    );
    this.observer.observe(this.dom);
  }

  /** From now on the picture's info is fetched and its arrival redraws the facts and marks. */
  private watchInfo(): void {
    this.near = true;
    this.unsubscribe = useAssetInfoStore.subscribe((state) => {
      const { assetId } = this.attrs();
      if (!this.drawing && (assetId ? state.entries[assetId] : undefined) !== this.drawnEntry) this.draw();
    });
  }

  private draw(): void {
    const attrs = this.attrs();
    const missing = this.isMissing();
    // Asked here so a replaced picture's info is fetched too; a no-op once known or on its way.
    this.drawing = true;
    try {
      if (this.near && attrs.assetId) ensureAssetInfo(attrs.assetId);
    } finally {
      this.drawing = false;
    }
    const entry = this.near && attrs.assetId ? useAssetInfoStore.getState().entries[attrs.assetId] : undefined;
    this.drawnEntry = entry;
    this.wrapper.classList.toggle('is-missing', missing);
    if (missing) this.drawMissing(attrs.assetId ? 'gone' : 'none');
    else this.drawImage(attrs);
    this.fields?.render({ attrs, info: entry?.status === 'ready' ? entry.info : null, missing, busy: this.busy });
  }

  private drawImage(attrs: FigureAttrs): void {
    this.missingBox?.remove();
    this.missingBox = null;
    this.missingKind = null;
    let image = this.image;
    if (!image) {
      image = document.createElement('img');
      // A long story's pictures load as the writer scrolls to them, not all at once on opening.
      image.setAttribute('loading', 'lazy');
      image.setAttribute('decoding', 'async');
      image.draggable = false;
      image.addEventListener('error', () => {
        this.failedAssetId = this.imageAssetId;
        if (!this.destroyed) this.draw();
      });
      this.image = image;
      this.media.append(image);
    }
    this.imageAssetId = attrs.assetId;
    // Always written, even empty: an image with alt="" is announced differently from one without.
    if (image.getAttribute('alt') !== attrs.alt) image.setAttribute('alt', attrs.alt);
    // The address only once the block is near the screen: forty picture requests (and their
    // bookkeeping) while a long story opens help nobody; the browser would wait for that anyway.
    if (!this.near) return;
    const src = this.services().assetUrl(attrs.assetId ?? '');
    // As React did: an empty src is left out rather than asking the page itself as a picture.
    if (src === '') image.removeAttribute('src');
    else if (image.getAttribute('src') !== src) image.setAttribute('src', src);
  }

  private drawMissing(kind: 'gone' | 'none'): void {
    this.image?.remove();
    this.image = null;
    if (this.missingKind === kind) return;
    this.missingBox?.remove();
    const box = document.createElement('div');
    box.className = 'nd-figure-missing';
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', kind === 'gone' ? 'Picture missing from the library' : 'No picture chosen');
    const strong = document.createElement('strong');
    strong.textContent = kind === 'gone' ? 'The picture file is missing from the library.' : 'No picture chosen yet.';
    const hint = document.createElement('span');
    hint.textContent = `Use “${kind === 'gone' ? 'Replace picture' : 'Choose picture'}” to add one. The caption and credit are kept.`;
    box.append(strong, hint);
    this.missingBox = box;
    this.missingKind = kind;
    this.media.append(box);
  }

  private async choose(): Promise<void> {
    this.busy = true;
    this.draw();
    try {
      const chosen = await this.services().choosePicture();
      // The words on the node now (not when the chooser opened) are the ones to keep.
      if (chosen && !this.destroyed) this.updateAttributes({ ...prefillPicture(this.attrs(), chosen.metadata), assetId: chosen.assetId });
    } finally {
      this.busy = false;
      if (!this.destroyed) this.draw();
    }
  }
}
