import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { getSchema } from '@tiptap/core';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/apiError.ts';
import { newsdeskExtensions } from '@shared/editor/newsdeskExtensions.ts';
import type { BodyNode } from '@shared/story/bodySchema.ts';
import { storySchema } from '@shared/story/storySchema.ts';
import { AssetStore } from '../AssetStore.ts';
import { StoryLibrary } from '../StoryLibrary.ts';
import { importDocx } from './importDocx.ts';
import { buildDocx, type DocxSpec } from './testing/buildDocx.ts';
import * as w from './testing/wordXml.ts';

let root: string;
let library: StoryLibrary;
let assets: AssetStore;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'nd-'));
  library = new StoryLibrary({ libraryDir: root });
  await library.ensureFolders();
  assets = new AssetStore(path.join(root, 'assets'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function importSpec(spec: DocxSpec, fileName = 'report.docx') {
  const result = await importDocx({ fileName, bytes: await buildDocx(spec), library, assets, defaultByline: 'Staff reporter' });
  // What was returned is what is in the library, and valid.
  expect(await library.get(result.story.id)).toEqual(result.story);
  expect(storySchema.safeParse(result.story).success).toBe(true);
  // …and a document the editor's own schema accepts as it is.
  expect(() => getSchema(newsdeskExtensions()).nodeFromJSON(result.story.body).check()).not.toThrow();
  return result;
}

const text = (t: string, ...marks: string[]): BodyNode => (marks.length ? { type: 'text', text: t, marks: marks.map((m) => ({ type: m as 'bold' })) } : { type: 'text', text: t });
const para = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content });

/**
 * The same .docx with every central-directory entry claiming to unpack to 2 GB: the shape of a
 * "zip bomb", refused before anything is inflated.
 */
function declaringHugeSizes(docx: Uint8Array): Uint8Array {
  const bytes = Buffer.from(docx);
  for (let at = bytes.indexOf(CENTRAL_HEADER); at !== -1; at = bytes.indexOf(CENTRAL_HEADER, at + 4)) bytes.writeUInt32LE(0x7fffffff, at + 24);
  return bytes;
}
const CENTRAL_HEADER = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

async function storyCount(): Promise<number> {
  return (await library.list()).stories.length;
}

async function assetFiles(): Promise<string[]> {
  return readdir(path.join(root, 'assets')).catch(() => []);
}

describe('importDocx', () => {
  it('takes the Title paragraph as headline and keeps paragraphs, headings, bold, italic, links and lists', async () => {
    const { story, notices } = await importSpec({
      links: { rIdLink1: 'https://www.nato.int/', rIdLink2: 'mailto:desk@example.com' },
      body: [
        w.paragraph('NATO to expand training mission', { style: 'Title' }),
        w.paragraph([w.run('Allies agreed on '), w.run('Thursday', { bold: true }), w.run(' to '), w.run('expand', { italic: true }), w.run(' it.')]),
        w.paragraph('Background', { style: 'Heading2' }),
        w.paragraph('Details', { style: 'Heading3' }),
        w.paragraph([w.run('See '), w.hyperlink('rIdLink1', 'the NATO site'), w.run(' or '), w.hyperlink('rIdLink2', 'write')]),
        w.paragraph('First point', { list: { numId: 1 } }),
        w.paragraph('Sub point', { list: { numId: 1, level: 1 } }),
        w.paragraph('Second point', { list: { numId: 1 } }),
        w.paragraph('Step one', { list: { numId: 2 } }),
        w.paragraph([w.run('Line one'), w.lineBreak(), w.run('line two')]),
        w.paragraph('“A quote.”', { style: 'Quote' }),
      ],
    });
    expect(story.headline).toBe('NATO to expand training mission');
    expect(story.slug).toBe('nato-to-expand-training-mission');
    expect(story.status).toBe('draft');
    expect(story.bylines).toEqual(['Staff reporter']);
    expect(story.body.content).toEqual([
      para(text('Allies agreed on '), text('Thursday', 'bold'), text(' to '), text('expand', 'italic'), text(' it.')),
      { type: 'heading', attrs: { level: 2 }, content: [text('Background')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('Details')] },
      para(
        text('See '),
        { type: 'text', text: 'the NATO site', marks: [{ type: 'link', attrs: { href: 'https://www.nato.int/' } }] },
        text(' or '),
        { type: 'text', text: 'write', marks: [{ type: 'link', attrs: { href: 'mailto:desk@example.com' } }] },
      ),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [para(text('First point')), { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('Sub point'))] }] }] },
          { type: 'listItem', content: [para(text('Second point'))] },
        ],
      },
      { type: 'orderedList', content: [{ type: 'listItem', content: [para(text('Step one'))] }] },
      para(text('Line one'), { type: 'hardBreak' }, text('line two')),
      { type: 'blockquote', content: [para(text('“A quote.”'))] },
    ]);
    expect(notices).toEqual([]);
    expect(story.deskNotes).toBe('Imported from report.docx.');
  });

  it('prefers the document title; a matching first heading goes, other Heading 1s become level 2', async () => {
    const { story } = await importSpec({
      title: 'Floods close the A1',
      body: [w.paragraph('Floods close the A1', { style: 'Heading1' }), w.paragraph('Text.'), w.paragraph('Aftermath', { style: 'Heading1' })],
    });
    expect(story.headline).toBe('Floods close the A1');
    expect(story.body.content).toEqual([para(text('Text.')), { type: 'heading', attrs: { level: 2 }, content: [text('Aftermath')] }]);

    const other = await importSpec({ title: 'Draft 3', body: [w.paragraph('Real headline', { style: 'Title' }), w.paragraph('Subtitle words', { style: 'Subtitle' })] });
    expect(other.story.headline).toBe('Draft 3');
    expect(other.story.body.content[0]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [text('Real headline')] });
  });

  it('makes the subtitle the standfirst and says so; no heading at all leaves the headline empty, with a notice', async () => {
    const { story, notices } = await importSpec({ body: [w.paragraph('Headline', { style: 'Title' }), w.paragraph('The short of it.', { style: 'Subtitle' }), w.paragraph('Body.')] });
    expect(story.standfirst).toBe('The short of it.');
    expect(notices).toContain('The subtitle became the standfirst.');

    const bare = await importSpec({ body: [w.paragraph('Just text.')] });
    expect(bare.story.headline).toBe('');
    expect(bare.notices[0]).toMatch(/no title or heading/);
  });

  it('drops comments and accepts tracked changes as shown, and says how many', async () => {
    const { story, notices } = await importSpec({
      title: 'T',
      comments: [
        { id: 0, author: 'Desk', text: 'Source?' },
        { id: 1, author: 'Desk', text: 'Check name' },
        { id: 2, author: 'Desk', text: 'Too long' },
      ],
      body: [
        w.paragraph([w.run('The minister'), w.insertion(10, ' finally'), w.run(' resigned'), w.deletion(11, ' yesterday'), w.insertion(12, ' on Monday'), w.run('.')]),
        w.paragraph([w.commented(0, 'Officials said'), w.run(' '), w.commented(1, 'Jane Doe'), w.run(' '), w.commented(2, 'left.')]),
      ],
    });
    expect(story.body.content).toEqual([para(text('The minister finally resigned on Monday.')), para(text('Officials said Jane Doe left.'))]);
    expect(notices).toContain('3 comments were dropped; comments are not part of a story.');
    expect(notices).toContain('Tracked changes were accepted as shown: 2 insertions kept, 1 deletion removed. The change marks were dropped.');
    expect(JSON.stringify(story)).not.toContain('Source?');
  });

  it('turns footnotes and endnotes into a numbered Notes section, marked [n] in the text', async () => {
    const { story, notices } = await importSpec({
      title: 'T',
      footnotes: ['Ministry figures.', 'Reuters, 12 June.'],
      endnotes: ['See the full report.'],
      body: [w.paragraph([w.run('Cases rose'), w.footnoteReference(1), w.run(' and fell'), w.footnoteReference(2), w.run('.'), w.endnoteReference(1)])],
    });
    expect(story.body.content).toEqual([
      para(text('Cases rose[1] and fell[2].[3]')),
      { type: 'heading', attrs: { level: 2 }, content: [text('Notes')] },
      {
        type: 'orderedList',
        attrs: { start: 1 },
        content: ['Ministry figures.', 'Reuters, 12 June.', 'See the full report.'].map((t) => ({ type: 'listItem', content: [para(text(t))] })),
      },
    ]);
    expect(notices).toContain('2 footnotes and 1 endnote became the Notes section at the end, marked [1]–[3] in the text.');
  });

  it('reports styles, formatting, tables, text boxes and links a story cannot hold, keeping their text', async () => {
    const { story, notices } = await importSpec({
      title: 'T',
      styles: [
        { id: 'Kicker', name: 'Kicker', type: 'paragraph' },
        { id: 'Shout', name: 'Shout', type: 'character' },
      ],
      links: { rIdFile: 'file:///C:/secret.doc' },
      body: [
        w.paragraph('WORLD', { style: 'Kicker' }),
        w.paragraph('Also a kicker', { style: 'Kicker' }),
        w.paragraph([w.run('under', { underline: true }), w.run(' '), w.run('struck', { strike: true }), w.run(' '), w.run('red', { color: 'FF0000' }), w.run(' '), w.run('loud', { style: 'Shout' })]),
        w.paragraph('Deep', { style: 'Heading4' }),
        w.table([
          ['Team', 'Score'],
          ['A', '3'],
        ]),
        w.paragraph([w.run('See '), w.anchorLink('_Toc1', 'above'), w.run(' and '), w.hyperlink('rIdFile', 'the file')]),
        w.paragraph([w.run('Around'), w.textBox('Boxed words')]),
      ],
    });
    const all = JSON.stringify(story.body);
    for (const kept of ['WORLD', 'under', 'struck', 'red', 'loud', 'Deep', 'Team', 'Score', 'A', '3', 'above', 'the file', 'Boxed words']) expect(all).toContain(kept);
    expect(all).not.toContain('file:///');
    expect(story.body.content).toContainEqual({ type: 'heading', attrs: { level: 3 }, content: [text('Deep')] });
    expect(notices).toEqual([
      'Tables are not supported: 1 table was imported as paragraphs, one per cell.',
      'Text boxes are not supported: the text of 1 text box was kept as ordinary paragraphs.',
      'Headings below level 3 became level-3 headings (1 place).',
      'Underline was not kept (1 place); the text itself was.',
      'Strikethrough was not kept (1 place); the text itself was.',
      'Text colour was not kept (1 place); the text itself was.',
      'The paragraph style “Kicker” is not supported: 2 paragraphs were kept as plain paragraphs.',
      'The character style “Shout” is not supported; its text was kept without it (1 place).',
      '1 link to a place inside the document was kept as plain text.',
      '1 link was kept as plain text: a story links only to web (http, https) and e-mail (mailto) addresses.',
    ]);
    expect(story.deskNotes.split('\n')).toEqual(['Imported from report.docx.', ...notices.map((n) => `• ${n}`)]);
  });

  it('puts embedded pictures into the asset store, once per picture, as figures with their alt text and caption', async () => {
    const png = new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3366aa' } }).png().toBuffer());
    const jpeg = new Uint8Array(await sharp({ create: { width: 30, height: 40, channels: 3, background: '#aa6633' } }).jpeg().toBuffer());
    const gif = new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).gif().toBuffer());
    const { story, notices } = await importSpec({
      title: 'Pictures',
      pictures: [
        { rId: 'rIdImg1', fileName: 'image1.png', contentType: 'image/png', bytes: png },
        { rId: 'rIdImg2', fileName: 'image2.jpeg', contentType: 'image/jpeg', bytes: jpeg },
        { rId: 'rIdImg3', fileName: 'image3.gif', contentType: 'image/gif', bytes: gif },
      ],
      body: [
        w.paragraph([w.run('Before '), w.inlinePicture('rIdImg1', 'Flooded street in Valencia', 1), w.run(' after')]),
        w.paragraph('Residents wade through water.', { style: 'Caption' }),
        w.paragraph([w.inlinePicture('rIdImg2', 'Portrait', 2)]),
        w.paragraph([w.inlinePicture('rIdImg1', 'Same picture again', 3)]),
        w.paragraph([w.inlinePicture('rIdImg3', 'An animation', 4)]),
      ],
    });
    const figures = story.body.content.filter((n) => n.type === 'figure');
    expect(figures.map((f) => [f.attrs?.alt, f.attrs?.caption])).toEqual([
      ['Flooded street in Valencia', 'Residents wade through water.'],
      ['Portrait', ''],
      ['Same picture again', ''],
    ]);
    expect(story.body.content.map((n) => n.type)).toEqual(['paragraph', 'figure', 'paragraph', 'figure', 'figure']);
    const [first, second, third] = figures.map((f) => String(f.attrs?.assetId));
    expect(first).toMatch(/^[a-f0-9]{64}\.png$/);
    expect(second).toMatch(/^[a-f0-9]{64}\.jpg$/);
    expect(third).toBe(first);
    expect((await assetFiles()).filter((f) => /\.(png|jpg|webp)$/.test(f)).sort()).toEqual([first, second].sort());
    expect((await assets.info(first ?? '')).width).toBe(40);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Picture 4 \(“An animation”\) \(image\/gif\) was left out: .*JPEG, PNG or WebP/);
  });

  it('refuses a broken, password-protected, old-format or non-Word file clearly, creating nothing', async () => {
    const good = await buildDocx({ title: 'T', body: [w.paragraph('x')] });
    const ole = (extra: string): Uint8Array => {
      const bytes = new Uint8Array(4096);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      bytes.set(Buffer.from(extra, 'utf16le'), 1024);
      return bytes;
    };
    const { default: JSZip } = await import('jszip');
    const notWord = await new JSZip().file('hello.txt', 'hi').generateAsync({ type: 'uint8array' });
    const corrupted = good.slice();
    corrupted.fill(0x41, 200, 400);
    const cases: [string, Uint8Array, string, RegExp][] = [
      ['truncated', good.slice(0, Math.floor(good.byteLength / 2)), 'bad-input', /damaged or incomplete/],
      ['corrupted', corrupted, 'bad-input', /damaged or incomplete|could not be read/],
      ['protected', ole('EncryptionInfo'), 'unsupported-media', /protected with a password/],
      ['old .doc', ole('WordDocument'), 'unsupported-media', /older Word document \(\.doc\)/],
      ['text', new TextEncoder().encode('Dear desk, here is my story.'), 'unsupported-media', /not a Word document/],
      ['zip', notWord, 'unsupported-media', /ZIP file but not a Word document/],
      ['empty', new Uint8Array(0), 'bad-input', /empty/],
      ['zip bomb', declaringHugeSizes(good), 'too-large', /would unpack to \d+ MB/],
    ];
    for (const [label, bytes, code, message] of cases) {
      const error = await importDocx({ fileName: `${label}.docx`, bytes, library, assets, defaultByline: '' }).catch((e: unknown) => e);
      expect(error, label).toBeInstanceOf(ApiError);
      expect((error as ApiError).code, label).toBe(code);
      expect((error as ApiError).message, label).toMatch(message);
      expect((error as ApiError).message, label).toContain('Nothing was imported.');
    }
    expect(await storyCount()).toBe(0);
    expect(await assetFiles()).toEqual([]);
  });
});
