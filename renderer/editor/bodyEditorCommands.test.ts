import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { newsdeskExtensions } from '@shared/editor/newsdeskExtensions.ts';
import { NEWSLETTER_DEFAULTS } from '@shared/editor/nodes/NewsletterBox.ts';
import { bodyDocSchema, type BodyDoc } from '@shared/story/bodySchema.ts';
import { bodyToPlainText } from '@shared/story/bodyToPlainText.ts';
import { countWords } from '@shared/story/countWords.ts';
import { bodyEditorExtensions } from './bodyEditorExtensions.ts';
import { bodyEditorProps } from './bodyEditorProps.ts';
import { countDocWords } from './countDocWords.ts';
import { blockInsertPosition } from './blockInsertPosition.ts';
import { insertBlock } from './insertBlock.ts';
import { GDOCS_SAMPLE, HOSTILE_SAMPLE, WORD_SAMPLE } from './pasteSamples.fixture.ts';

const ASSET = `${'a'.repeat(64)}.jpg`;
/** A figure's rights fields, empty until a photo editor or the file's metadata fills them. */
const NO_RIGHTS = { creator: '', source: '', copyright: '', usageTerms: '' };
const editors: Editor[] = [];

function makeEditor(content: JSONContent | string = '<p>First paragraph.</p>'): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: bodyEditorExtensions(),
    editorProps: bodyEditorProps,
    content,
  });
  editors.push(editor);
  return editor;
}

function json(editor: Editor): BodyDoc {
  const doc = editor.getJSON();
  const parsed = bodyDocSchema.safeParse(doc);
  if (!parsed.success) throw new Error(`body does not validate: ${parsed.error.message}`);
  return parsed.data;
}

/** jsdom has no ClipboardEvent; ProseMirror only passes the event on to paste handlers. */
function paste(editor: Editor, html: string): void {
  editor.view.pasteHTML(html, new Event('paste') as ClipboardEvent);
}

afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

describe('body editor commands', () => {
  it('keeps the shared nodes: same names, same JSON and HTML as the shared preset', () => {
    const content: JSONContent = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'NATO agreed.' }] },
        { type: 'figure', attrs: { assetId: ASSET, caption: 'Participants', credit: 'EPA/MAURIZIO GAMBARINI', alt: 'A hall', ...NO_RIGHTS } },
        { type: 'adSlot' },
        { type: 'newsletterBox', attrs: { heading: 'Subscribe to our newsletter', text: 'Daily', buttonLabel: 'Sign up' } },
        { type: 'pullQuote', content: [{ type: 'text', text: 'As soon as possible' }] },
      ],
    };
    const ours = makeEditor(content);
    const shared = new Editor({ element: document.createElement('div'), extensions: newsdeskExtensions(), content });
    editors.push(shared);
    expect(ours.getJSON()).toEqual(shared.getJSON());
    expect(ours.getHTML()).toEqual(shared.getHTML());
    expect(ours.getJSON()).toEqual(content);
    expect(Object.keys(ours.schema.nodes).sort()).toEqual(Object.keys(shared.schema.nodes).sort());
  });

  it('toggles a paragraph into a pull quote and back', () => {
    const editor = makeEditor('<p>We will only stay as long as we are welcome.</p>');
    editor.commands.setTextSelection(5);
    expect(editor.commands.togglePullQuote()).toBe(true);
    expect(json(editor).content[0]).toMatchObject({ type: 'pullQuote', content: [{ type: 'text', text: 'We will only stay as long as we are welcome.' }] });
    expect(editor.getHTML()).toContain('<blockquote data-pull-quote="" class="pull-quote">');
    editor.commands.togglePullQuote();
    expect(json(editor).content[0]?.type).toBe('paragraph');
  });

  it('inserts a figure with its caption, credit and alt text as attributes', () => {
    const editor = makeEditor();
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.commands.insertFigure({ assetId: ASSET, caption: 'Participants sit in front of the Nato logo', credit: 'EPA/MAURIZIO GAMBARINI' });
    const figure = json(editor).content.find((node) => node.type === 'figure');
    expect(figure?.attrs).toEqual({ assetId: ASSET, caption: 'Participants sit in front of the Nato logo', credit: 'EPA/MAURIZIO GAMBARINI', alt: '', ...NO_RIGHTS });
  });

  it('leaves the caret after an inserted block, so typing does not replace it', () => {
    const editor = makeEditor('<p>Before</p><p>After</p>');
    editor.commands.setTextSelection(7);
    insertBlock(editor, { kind: 'newsletter' });
    editor.commands.insertContent('typed');
    insertBlock(editor, { kind: 'ad-slot' });
    insertBlock(editor, { kind: 'figure', assetId: ASSET });
    editor.commands.insertContent('more');
    const doc = json(editor);
    expect(doc.content.map((node) => node.type)).toEqual(['paragraph', 'newsletterBox', 'paragraph', 'adSlot', 'figure', 'paragraph']);
    // The ad slot, asked for inside "typedAfter", went after that paragraph instead of splitting it.
    expect(bodyToPlainText(doc)).toBe('Before\ntypedAfter\nmore');
  });

  it('puts a block asked for inside a sentence after its paragraph, never cutting the sentence', () => {
    const editor = makeEditor('<p>Iran killed Soleimani.</p><p>Next.</p>');
    editor.commands.setTextSelection(5);
    insertBlock(editor, { kind: 'figure', assetId: ASSET });
    editor.commands.insertContent('typed ');
    insertBlock(editor, { kind: 'ad-slot' });
    const doc = json(editor);
    expect(doc.content.map((node) => node.type)).toEqual(['paragraph', 'figure', 'paragraph', 'adSlot']);
    expect(bodyToPlainText(doc)).toBe('Iran killed Soleimani.\ntyped Next.');
  });

  it('finds the place for a block: after the paragraph from inside its text, else where asked', () => {
    const { doc } = makeEditor('<p>Iran killed Soleimani.</p><p></p>').state;
    const end = 1 + 'Iran killed Soleimani.'.length;
    expect(blockInsertPosition(doc, 5)).toBe(end + 1);
    expect(blockInsertPosition(doc, 1)).toBe(1);
    expect(blockInsertPosition(doc, end)).toBe(end);
    expect(blockInsertPosition(doc, end + 2)).toBe(end + 2);
    expect(blockInsertPosition(doc, 0)).toBe(0);
  });

  it('refuses a figure whose picture reference is not an asset id', () => {
    const editor = makeEditor();
    editor.commands.insertFigure({ assetId: '../../etc/passwd' });
    expect(bodyDocSchema.safeParse(editor.getJSON()).success).toBe(false);
  });

  it('inserts an ad slot and a newsletter box one after the other, with the default texts', () => {
    const editor = makeEditor();
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    insertBlock(editor, { kind: 'ad-slot' });
    insertBlock(editor, { kind: 'newsletter' });
    insertBlock(editor, { kind: 'figure', assetId: ASSET });
    const types = json(editor).content.map((node) => node.type);
    expect(types[0]).toBe('paragraph');
    expect(types).toContain('adSlot');
    expect(types).toContain('newsletterBox');
    expect(json(editor).content.find((node) => node.type === 'newsletterBox')?.attrs).toEqual({ ...NEWSLETTER_DEFAULTS });
    expect(json(editor).content.find((node) => node.type === 'adSlot')).toEqual({ type: 'adSlot' });
    expect(types.filter((type) => type !== 'paragraph')).toEqual(['adSlot', 'newsletterBox', 'figure']);
    expect(json(editor).content.find((node) => node.type === 'figure')?.attrs).toEqual({ assetId: ASSET, caption: '', credit: '', alt: '', ...NO_RIGHTS });
  });

  it('does not accept a javascript: link', () => {
    const editor = makeEditor('<p>click here</p>');
    editor.commands.setTextSelection({ from: 1, to: 6 });
    editor.commands.setLink({ href: 'javascript:alert(1)' });
    expect(JSON.stringify(editor.getJSON())).not.toContain('javascript');
    editor.commands.setLink({ href: 'https://www.nato.int/' });
    const marks = json(editor).content[0]?.content?.[0]?.marks;
    expect(marks?.map((mark) => [mark.type, mark.attrs?.href])).toEqual([['link', 'https://www.nato.int/']]);
  });

  it('counts words from the document as the shared plain-text counter does', () => {
    const editor = makeEditor(
      '<h2>NATO expands</h2><p>The U.S.-led coalition<br>and Iran’s commander.</p><ul><li><p>one two</p></li></ul><figure data-nd-figure data-caption="not counted"></figure><blockquote data-pull-quote>As soon as possible</blockquote>',
    );
    expect(countDocWords(editor.state.doc)).toBe(countWords(bodyToPlainText(json(editor))));
    expect(countDocWords(editor.state.doc)).toBe(14);
  });
});

describe('pasting into the body editor', () => {
  it('cut and paste inside the editor keeps pictures, ad slots, headings and pull quotes', () => {
    const editor = makeEditor({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Section title' }] },
        { type: 'figure', attrs: { assetId: ASSET, caption: 'Cap', credit: 'EPA/X', alt: 'Alt' } },
        { type: 'adSlot' },
        { type: 'pullQuote', content: [{ type: 'text', text: 'Quote' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Tail.' }] },
      ],
    });
    const { from, to } = { from: 0, to: editor.state.doc.child(0).nodeSize + editor.state.doc.child(1).nodeSize + editor.state.doc.child(2).nodeSize + editor.state.doc.child(3).nodeSize };
    const { dom } = editor.view.serializeForClipboard(editor.state.doc.slice(from, to));
    const before = json(editor).content.slice(0, 4);
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    paste(editor, dom.innerHTML);
    const after = json(editor).content;
    expect(after.slice(-4)).toEqual(before);
  });

  it('pasted editor markup cannot smuggle a made-up picture reference', () => {
    const editor = makeEditor();
    paste(editor, '<figure data-pm-slice="0 0 []" data-nd-figure="" data-asset-id="../../etc/passwd" data-caption="c" onmouseover="alert(1)"></figure>');
    const figures = json(editor).content.filter((n) => n.type === 'figure');
    expect(figures).toHaveLength(1);
    expect(figures[0]?.attrs?.assetId).toBeNull();
  });

  it('a hostile paste leaves no script, handler or unsafe link in the document', () => {
    const editor = makeEditor('<p></p>');
    paste(editor, HOSTILE_SAMPLE);
    const doc = json(editor);
    const serialized = JSON.stringify(doc);
    expect(serialized).not.toMatch(/javascript|data:|onerror|onclick|onload|alert|<script|iframe|svg/i);
    expect(editor.getHTML()).not.toMatch(/<script|<iframe|<svg|<img|\son\w+=/i);
    expect(bodyToPlainText(doc)).toContain('Safe text');
    expect(serialized).toContain('https://ok.example/');
  });

  it('a Word paste becomes paragraphs, marks and real lists', () => {
    const editor = makeEditor('<p></p>');
    paste(editor, WORD_SAMPLE);
    const doc = json(editor);
    const types = doc.content.map((node) => node.type);
    expect(types).toContain('bulletList');
    expect(types).toContain('orderedList');
    const bullet = doc.content.find((node) => node.type === 'bulletList');
    expect(bullet?.content).toHaveLength(2);
    expect(bullet?.content?.[0]?.content?.[1]?.type).toBe('bulletList');
    expect(JSON.stringify(doc)).not.toMatch(/mso|Mso|·|file:/);
  });

  it('a Google Docs paste is not bold all over', () => {
    const editor = makeEditor('<p></p>');
    paste(editor, GDOCS_SAMPLE);
    const first = json(editor).content[0];
    const boldRuns = (first?.content ?? []).filter((node) => node.marks?.some((mark) => mark.type === 'bold'));
    expect(boldRuns.map((node) => node.text)).toEqual(['as soon as possible']);
  });
});
