import { Editor } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssetInfo, PictureFileMetadata } from '@shared/api/contract.ts';
import type { FigureAttrs } from '@shared/editor/nodes/Figure.ts';
import { rememberAssetInfo, useAssetInfoStore } from '../stores/assetInfoStore.ts';
import { bodyEditorExtensions } from './bodyEditorExtensions.ts';
import { noBodyEditorServices, type BodyEditorServices } from './bodyEditorServices.ts';

const ASSET = `${'a'.repeat(64)}.jpg`;
const OTHER = `${'c'.repeat(64)}.png`;
const NO_RIGHTS = { creator: '', source: '', copyright: '', usageTerms: '' };

function metadata(fields: Partial<PictureFileMetadata>): PictureFileMetadata {
  const empty = { caption: null, creditLine: null, creator: null, source: null, copyright: null, usageTerms: null, headline: null, dateCreated: null, altText: null };
  return { ...empty, width: 4000, height: 3000, format: 'jpeg', warnings: [], ...fields };
}

function assetInfo(assetId: string, meta: PictureFileMetadata | null): AssetInfo {
  return { assetId, mime: 'image/jpeg', byteLength: 1000, width: 4000, height: 3000, metadata: meta };
}

const editors: Editor[] = [];
let services: BodyEditorServices = noBodyEditorServices;
beforeEach(() => {
  services = { ...noBodyEditorServices, assetUrl: (id) => `/display/${id}` };
  // Known as failed: nothing is fetched unless a test says otherwise.
  useAssetInfoStore.setState({ entries: { [ASSET]: { status: 'failed' }, [OTHER]: { status: 'failed' } } });
});
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
  document.body.replaceChildren();
  Reflect.deleteProperty(globalThis, 'IntersectionObserver');
});

function mount(attrs: Partial<FigureAttrs> = {}): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: bodyEditorExtensions({ services: () => services }),
    content: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Lead' }] },
        { type: 'figure', attrs: { assetId: ASSET, caption: 'Participants', credit: '', alt: '', ...NO_RIGHTS, ...attrs } },
      ],
    },
  });
  editors.push(editor);
  return editor;
}

/** An IntersectionObserver the test moves by hand: `enter()` says the block came near the screen. */
class FakeObserver {
  targets: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly init: IntersectionObserverInit,
    made: FakeObserver[],
  ) {
    made.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
  enter() {
    this.callback([{ isIntersecting: true } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
}

/** Installs FakeObserver as the page's IntersectionObserver; returns the observers made, in order. */
function installFakeObserver(): FakeObserver[] {
  const made: FakeObserver[] = [];
  const Observer = class extends FakeObserver {
    constructor(callback: IntersectionObserverCallback, init: IntersectionObserverInit) {
      super(callback, init, made);
    }
  };
  Object.defineProperty(globalThis, 'IntersectionObserver', { value: Observer, configurable: true, writable: true });
  return made;
}

const figureAttrs = (editor: Editor) => editor.state.doc.child(1).attrs as FigureAttrs;
const figure = (editor: Editor) => editor.view.dom.querySelector<HTMLElement>('.nd-figure') ?? fail('no figure');
function fail(message: string): never {
  throw new Error(message);
}

function field(root: HTMLElement, label: string): HTMLInputElement | HTMLTextAreaElement {
  const found = Array.from(root.querySelectorAll('label')).find((l) => l.textContent === label)?.control;
  if (!(found instanceof HTMLInputElement || found instanceof HTMLTextAreaElement)) throw new Error(`no field labelled ${label}`);
  return found;
}

function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function button(root: HTMLElement, text: string): HTMLButtonElement {
  const found = Array.from(root.querySelectorAll('button')).find((b) => b.textContent === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

/** The hint read out with a field, or null. */
function hintOf(input: HTMLElement): string | null {
  const id = input.getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

/** Sets the figure's attributes the way the photo panel does (BodyEditor's updateFigure). */
function setFigure(editor: Editor, attrs: Partial<FigureAttrs>): void {
  editor.view.dispatch(editor.state.tr.setNodeMarkup(editor.state.doc.child(0).nodeSize, undefined, { ...figureAttrs(editor), ...attrs }));
}

describe('the body figure drawn without React', () => {
  it('draws the markup the React view drew', () => {
    const root = figure(mount({ alt: 'A hall' }));
    expect(root.matches('.react-renderer.node-figure.nd-node > .nd-figure[data-node-view-wrapper]')).toBe(true);
    expect(root.classList.contains('is-missing')).toBe(false);
    const media = root.querySelector('.nd-figure-media[data-drag-handle]');
    expect(media?.getAttribute('title')).toBe('Drag to move the picture');
    const img = media?.querySelector('img');
    expect(img?.getAttribute('src')).toBe(`/display/${ASSET}`);
    expect(img?.getAttribute('alt')).toBe('A hall');
    expect([img?.getAttribute('loading'), img?.getAttribute('decoding'), img?.getAttribute('draggable')]).toEqual(['lazy', 'async', 'false']);
    expect(root.querySelector('.nd-figure-fields > .nd-figure-caption textarea')?.getAttribute('placeholder')).toBe('What the picture shows, where and when');
    expect(field(root, 'Caption').value).toBe('Participants');
    expect(field(root, 'Credit').placeholder).toBe('e.g. EPA/MAURIZIO GAMBARINI');
    expect(hintOf(field(root, 'Credit'))).toBeNull();
    expect(hintOf(field(root, 'Alt text'))).toBeNull();
    expect(root.querySelector('details.nd-figure-rights.rights > summary')?.textContent).toBe('Rights — none yet');
    for (const label of ['Creator', 'Source', 'Copyright', 'Usage terms']) expect(field(root.querySelector('details') ?? root, label).value).toBe('');
    expect(root.querySelector('[data-testid="figure-facts"]')).toBeNull();
    expect(root.querySelectorAll('[data-testid="from-file"]')).toHaveLength(0);
    expect(button(root, 'Replace picture').className).toBe('nd-node-button is-quiet');
    expect(button(root, 'Remove picture').className).toBe('nd-node-button is-quiet is-remove');
  });

  it('writes a typed caption into the node, and takes an undo of the story back into the field', () => {
    const editor = mount();
    typeInto(field(figure(editor), 'Caption'), 'Participants sit');
    expect(figureAttrs(editor).caption).toBe('Participants sit');
    editor.commands.undo();
    expect(figureAttrs(editor).caption).toBe('Participants');
    expect(field(figure(editor), 'Caption').value).toBe('Participants');
  });

  it('shows the missing state for no picture and for a file that fails to load, until a picture is set', () => {
    const editor = mount({ assetId: null });
    const root = figure(editor);
    expect(root.classList.contains('is-missing')).toBe(true);
    expect(root.querySelector('.nd-figure-media img')).toBeNull();
    expect(root.querySelector('.nd-figure-missing[role="img"]')?.getAttribute('aria-label')).toBe('No picture chosen');
    expect(root.querySelector('.nd-figure-missing')?.textContent).toBe('No picture chosen yet.Use “Choose picture” to add one. The caption and credit are kept.');
    expect(button(root, 'Choose picture').disabled).toBe(false);

    setFigure(editor, { assetId: ASSET });
    expect(root.classList.contains('is-missing')).toBe(false);
    const img = root.querySelector('img') ?? fail('no img');
    // An empty alt text is written out (alt=""), as React did: it is not the same as no alt at all.
    expect(img.getAttribute('alt')).toBe('');
    img.dispatchEvent(new Event('error'));
    expect(root.classList.contains('is-missing')).toBe(true);
    expect(root.querySelector('.nd-figure-missing')?.getAttribute('aria-label')).toBe('Picture missing from the library');
    expect(root.querySelector('.nd-figure-missing span')?.textContent).toContain('“Replace picture”');

    setFigure(editor, { assetId: OTHER });
    expect(root.classList.contains('is-missing')).toBe(false);
    expect(root.querySelector('.nd-figure-missing')).toBeNull();
    expect(root.querySelector('img')?.getAttribute('src')).toBe(`/display/${OTHER}`);
  });

  it('updates the credit placeholder, the hints and the rights summary as the words change', () => {
    const editor = mount();
    const root = figure(editor);
    expect(hintOf(field(root, 'Alt text'))).toBe('Needed for screen readers; not shown on the page.');
    setFigure(editor, { source: 'EPA', creator: 'MAURIZIO GAMBARINI' });
    const credit = field(root, 'Credit');
    expect(credit.placeholder).toBe('EPA/MAURIZIO GAMBARINI');
    expect(hintOf(credit)).toBe('Empty: prints SOURCE/CREATOR, as shown.');
    expect(credit.parentElement?.querySelector('.nd-field-hint')?.id).toBe(credit.getAttribute('aria-describedby'));
    expect(root.querySelector('summary')?.textContent).toBe('Rights');
    expect(field(root, 'Source').value).toBe('EPA');
    typeInto(credit, 'Reuters');
    expect(hintOf(credit)).toBeNull();
    expect(credit.hasAttribute('aria-describedby')).toBe(false);
    expect(credit.parentElement?.querySelector('.nd-field-hint')).toBeNull();
    typeInto(field(root, 'Alt text'), 'A hall');
    expect(hintOf(field(root, 'Alt text'))).toBeNull();
    expect(root.querySelector('img')?.getAttribute('alt')).toBe('A hall');
    editor.commands.undo();
    editor.commands.undo();
    editor.commands.undo();
    expect(field(root, 'Credit').placeholder).toBe('e.g. EPA/MAURIZIO GAMBARINI');
    expect(root.querySelector('summary')?.textContent).toBe('Rights — none yet');
  });

  it('replaces the picture keeping the words on the node when the file arrives, not when the chooser opened', async () => {
    let settle: (info: AssetInfo | null) => void = () => {};
    services = { ...services, choosePicture: () => new Promise((resolve) => (settle = resolve)) };
    const editor = mount();
    const root = figure(editor);
    const replace = button(root, 'Replace picture');
    replace.click();
    expect(replace.textContent).toBe('Adding…');
    expect(replace.disabled).toBe(true);
    // Empty when the chooser opened, typed while the file was read: the typed words win over the file's.
    typeInto(field(root, 'Alt text'), 'Typed meanwhile');
    settle(assetInfo(OTHER, metadata({ caption: 'From the file', creditLine: 'EPA/FILE', altText: 'Alt from file' })));
    await Promise.resolve();
    await Promise.resolve();
    expect(figureAttrs(editor)).toMatchObject({ assetId: OTHER, caption: 'Participants', credit: 'EPA/FILE', alt: 'Typed meanwhile' });
    expect(replace.textContent).toBe('Replace picture');
    expect(replace.disabled).toBe(false);
    expect(field(root, 'Credit').value).toBe('EPA/FILE');
    expect(root.querySelector('img')?.getAttribute('src')).toBe(`/display/${OTHER}`);
  });

  it('keeps everything when the chooser is cancelled, and removes the picture with its button', async () => {
    const editor = mount();
    const root = figure(editor);
    button(root, 'Replace picture').click();
    await Promise.resolve();
    await Promise.resolve();
    expect(figureAttrs(editor).assetId).toBe(ASSET);
    expect(button(root, 'Replace picture').disabled).toBe(false);
    button(root, 'Remove picture').click();
    expect(editor.state.doc.childCount).toBe(1);
    expect(editor.view.dom.querySelector('.nd-figure')).toBeNull();
  });

  it('shows the facts and the "from file" marks once the picture’s info arrives, and stops listening when destroyed', () => {
    useAssetInfoStore.setState({ entries: { [ASSET]: { status: 'loading' } } });
    const editor = mount({ credit: 'EPA/X' });
    const root = figure(editor);
    expect(root.querySelector('[data-testid="figure-facts"]')).toBeNull();
    rememberAssetInfo(assetInfo(ASSET, metadata({ caption: 'Participants', creditLine: 'Other credit' })));
    expect(root.querySelector('.nd-figure-fields > p.picture-facts[data-testid="figure-facts"]:first-child')?.textContent).toBe('4,000 × 3,000 px · JPEG');
    const marks = root.querySelectorAll('.nd-field-head > span.from-file[data-testid="from-file"]');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.previousElementSibling?.textContent).toBe('Caption');
    expect(marks[0]?.getAttribute('title')).toBe("This value came from the picture file's own metadata (IPTC/XMP)");
    typeInto(field(root, 'Credit'), 'Other credit');
    expect(root.querySelectorAll('[data-testid="from-file"]')).toHaveLength(2);
    typeInto(field(root, 'Caption'), 'Participants sit');
    expect(root.querySelectorAll('[data-testid="from-file"]')).toHaveLength(1);

    setFigure(editor, { assetId: OTHER });
    // Another picture's news comes later; the figure drawn for the first is gone from the story.
    useAssetInfoStore.setState({ entries: { [OTHER]: { status: 'loading' } } });
    editor.commands.deleteRange({ from: editor.state.doc.child(0).nodeSize, to: editor.state.doc.content.size });
    expect(root.isConnected).toBe(false);
    rememberAssetInfo(assetInfo(OTHER, metadata({ caption: 'Participants sit' })));
    expect(root.querySelector('[data-testid="figure-facts"]')).toBeNull();
    expect(root.querySelectorAll('[data-testid="from-file"]')).toHaveLength(0);
  });

  it('asks for the picture and its info only once the block is near the screen, and stops watching when destroyed', () => {
    const observers = installFakeObserver();
    rememberAssetInfo(assetInfo(ASSET, metadata({ caption: 'Participants' })));
    const editor = mount();
    const root = figure(editor);
    const [observer] = observers;
    expect(observer?.targets).toEqual([root.parentElement]);
    expect(observer?.init).toMatchObject({ rootMargin: '1000px 0px', scrollMargin: '1000px 0px' });
    expect(root.querySelector('[data-testid="figure-facts"]')).toBeNull();
    expect(root.querySelector('img')?.hasAttribute('src')).toBe(false);
    observer?.enter();
    expect(observer?.disconnected).toBe(true);
    expect(root.querySelector('img')?.getAttribute('src')).toBe(`/display/${ASSET}`);
    expect(root.querySelector('[data-testid="figure-facts"]')?.textContent).toBe('4,000 × 3,000 px · JPEG');
    expect(root.querySelectorAll('[data-testid="from-file"]')).toHaveLength(1);

    // A second figure destroyed before it came near stops watching.
    editor.commands.insertContentAt(editor.state.doc.content.size, { type: 'figure', attrs: { assetId: OTHER } });
    const second = observers[1];
    expect(second?.disconnected).toBe(false);
    const end = editor.state.doc.content.size;
    editor.commands.deleteRange({ from: end - (editor.state.doc.lastChild?.nodeSize ?? 0), to: end });
    expect(second?.disconnected).toBe(true);
  });
  it('while a long story opens, builds the fields of pictures far down the body later, and at once when selected or inserted', async () => {
    installFakeObserver();
    const words = Array.from({ length: 80 }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${i} `.repeat(10) }] }));
    const far = { type: 'figure', attrs: { assetId: ASSET, caption: 'Far down', credit: '', alt: '', ...NO_RIGHTS } };
    const near = { type: 'figure', attrs: { assetId: ASSET, caption: 'At the top', credit: '', alt: '', ...NO_RIGHTS } };
    const element = document.createElement('div');
    document.body.append(element);
    const editor = new Editor({ element, extensions: bodyEditorExtensions({ services: () => services }), content: { type: 'doc', content: [near, ...words, far, ...words, far] } });
    editors.push(editor);
    const figures = () => Array.from(editor.view.dom.querySelectorAll<HTMLElement>('.nd-figure'));
    const built = () => figures().map((f) => f.querySelector('.nd-figure-fields') !== null);
    // The first picture is built with the document; the two far ones wait (their picture box is there).
    expect(built()).toEqual([true, false, false]);
    expect(figures()[1]?.querySelector('img')).not.toBeNull();
    // Selecting one (as the photo panel does) builds it at once, with the words on the node.
    let farPos = -1;
    editor.state.doc.forEach((node, offset) => {
      if (node.type.name === 'figure' && farPos < 0 && offset > 0) farPos = offset;
    });
    editor.commands.setNodeSelection(farPos);
    expect(built()).toEqual([true, true, false]);
    expect(field(figures()[1] ?? fail('no figure'), 'Caption').value).toBe('Far down');
    // The rest follows when the page is idle.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(built()).toEqual([true, true, true]);
    expect(field(figures()[2] ?? fail('no figure'), 'Caption').value).toBe('Far down');
    // Once open, a picture inserted anywhere is built at once.
    editor.commands.insertContentAt(editor.state.doc.content.size, near);
    expect(built()).toEqual([true, true, true, true]);
  });
});
