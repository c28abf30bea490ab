import { Editor } from '@tiptap/core';
import DOMPurify from 'dompurify';
import { afterAll, describe, expect, it } from 'vitest';
import { newsdeskExtensions } from '@shared/editor/newsdeskExtensions.ts';
import { renderBodyHtml } from '@shared/export/renderBodyHtml.ts';
import { bodyDocSchema } from '@shared/story/bodySchema.ts';
import { SAFE_LINK } from '@shared/story/safeLink.ts';
import vectorsJson from '../../tests/fixtures/xss/vectors.json';
import { findHostileMarkup, linkHrefsInJson, type XssVector } from '../../tests/fixtures/xss/findHostileMarkup.ts';
import { bodyEditorProps } from './bodyEditorProps.ts';
import { cleanPastedHtml } from './cleanPastedHtml.ts';
import { defuseEventHandlers } from './defuseEventHandlers.ts';

const vectors = vectorsJson as XssVector[];
const ALLOWED_TAGS = new Set(['p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li']);

function parse(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
}

/** What ProseMirror itself puts on the clipboard, so the paste takes the "from another Newsdesk editor" branch. */
function asEditorClipboard(html: string): string {
  return `<meta charset="utf-8"><div data-pm-slice="0 0 []">${html}<figure data-nd-figure data-asset-id="javascript:alert(1)" data-caption="${html.replace(/"/g, '&quot;')}"></figure></div>`;
}

const editor = new Editor({ element: document.createElement('div'), extensions: newsdeskExtensions(), editorProps: bodyEditorProps, content: '<p>Start.</p>' });
afterAll(() => editor.destroy());

describe('the XSS vector fixture', () => {
  it('holds at least 200 vectors in every required category, each with a unique id', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(200);
    expect(new Set(vectors.map((v) => v.id)).size).toBe(vectors.length);
    const categories = new Set(vectors.map((v) => v.category));
    for (const c of ['event-handler', 'javascript-url', 'data-url', 'vbscript-url', 'svg', 'mathml', 'mxss', 'encoding', 'broken-markup']) expect(categories).toContain(c);
  });

  it('is hostile: the checker finds something in (almost) every raw vector', () => {
    // Only the text-only encoding tricks (escaped markup, \u escapes, %3C) carry no live markup.
    const flagged = vectors.filter((v) => findHostileMarkup(parse(v.html)).length > 0);
    expect(flagged.length).toBeGreaterThan(vectors.length * 0.9);
  });
});

describe('cleanPastedHtml on every vector', () => {
  it.each(vectors.map((v) => [v.id, v] as const))('%s leaves only plain formatting and safe links', (_id, vector) => {
    const body = parse(cleanPastedHtml(vector.html));
    expect(findHostileMarkup(body)).toEqual([]);
    for (const el of Array.from(body.querySelectorAll('*'))) {
      expect(ALLOWED_TAGS).toContain(el.localName);
      for (const name of el.getAttributeNames()) expect(['href', 'rel']).toContain(name);
    }
    for (const a of Array.from(body.querySelectorAll('a'))) expect(a.getAttribute('href')).toMatch(SAFE_LINK);
  });
});

describe('the editor paste path (DOMPurify, then the TipTap schema) on every vector', () => {
  it('runs DOMPurify on both kinds of clipboard HTML before ProseMirror parses it', () => {
    let sanitized = 0;
    DOMPurify.addHook('afterSanitizeAttributes', () => {
      sanitized++;
    });
    try {
      editor.view.pasteHTML('<p><a href="https://ok.example/">a link</a></p>', new Event('paste') as ClipboardEvent);
      const afterWeb = sanitized;
      expect(afterWeb).toBeGreaterThan(0);
      editor.view.pasteHTML(asEditorClipboard('<p>from the editor</p>'), new Event('paste') as ClipboardEvent);
      expect(sanitized).toBeGreaterThan(afterWeb);
    } finally {
      DOMPurify.removeHook('afterSanitizeAttributes');
    }
  });

  it.each(vectors.map((v) => [v.id, v] as const))('%s pastes into a valid body whose export is inert', (_id, vector) => {
    for (const clipboard of [vector.html, asEditorClipboard(vector.html)]) {
      editor.commands.setContent('<p>Start.</p>');
      editor.view.pasteHTML(clipboard, new Event('paste') as ClipboardEvent);
      const json = editor.getJSON();
      expect(bodyDocSchema.safeParse(json).success).toBe(true);
      for (const href of linkHrefsInJson(json)) expect(href.trim()).toMatch(SAFE_LINK);
      expect(findHostileMarkup(editor.view.dom)).toEqual([]);
      const exported = parse(renderBodyHtml(bodyDocSchema.parse(json)));
      expect(findHostileMarkup(exported)).toEqual([]);
    }
  });
});

describe('defusing handlers before parsing', () => {
  it('keeps text that merely looks like a handler or a base tag unchanged', () => {
    const html = '<p>Press on, onward: type onclick="x" or &lt;base href=y&gt; in "online" forms</p>';
    expect(parse(cleanPastedHtml(html)).textContent).toBe('Press on, onward: type onclick="x" or <base href=y> in "online" forms');
    expect(cleanPastedHtml('<p title="x onload=1">Go on<br>ONE</p>')).toBe('<p>Go on<br>ONE</p>');
  });

  it('leaves no handler attribute for the parser to create', () => {
    const doc = new DOMParser().parseFromString(defuseEventHandlers(vectors.map((v) => v.html).join('')), 'text/html');
    const handlers = Array.from(doc.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().filter((name) => /^on/i.test(name)));
    expect(handlers).toEqual([]);
    expect(doc.querySelectorAll('base')).toHaveLength(0);
  });
});
