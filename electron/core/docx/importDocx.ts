import { ApiError } from '@shared/api/apiError.ts';
import type { DocxImport } from '@shared/api/contract.ts';
import { MAX_DOCX_BYTES } from '@shared/api/uploadLimits.ts';
import type { BodyNode } from '@shared/story/bodySchema.ts';
import { createStory } from '@shared/story/createStory.ts';
import { slugify } from '@shared/story/slugify.ts';
import type { AssetStore } from '../AssetStore.ts';
import type { StoryLibrary } from '../StoryLibrary.ts';
import type { PendingPicture } from './convertWordInlines.ts';
import { describeDocxNotices } from './describeDocxNotices.ts';
import { openDocx } from './openDocx.ts';
import { readWordDocument } from './readWordDocument.ts';
import { wordToBody } from './wordToBody.ts';


export interface ImportDocxArgs {
  fileName: string;
  bytes: Uint8Array;
  library: Pick<StoryLibrary, 'importStory'>;
  assets: Pick<AssetStore, 'put'>;
  defaultByline: string;
  now?: Date;
}

const DESK_NOTES_MAX = 20_000;
/** Refusals of a single picture: reported, and the rest of the document still comes in. */
const PICTURE_REFUSALS = new Set(['unsupported-media', 'bad-input', 'too-large', 'damaged']);

/**
 * Makes a new draft story from a Word document (.docx), read by mammoth. Returns the story as
 * saved and the notices a reporter should read (also kept in the story's desk notes, which are
 * never exported). A file that cannot be read is refused before anything is written: no story,
 * no pictures.
 */
export async function importDocx(args: ImportDocxArgs): Promise<DocxImport> {
  const name = displayName(args.fileName);
  if (args.bytes.byteLength > MAX_DOCX_BYTES) {
    throw new ApiError('too-large', `${name} is larger than ${MAX_DOCX_BYTES / 1024 / 1024} MB. Save a copy with smaller pictures and import that.`);
  }
  const facts = await openDocx(args.bytes, name);
  let read: Awaited<ReturnType<typeof readWordDocument>>;
  try {
    read = await readWordDocument(args.bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiError('bad-input', `${name} could not be read as a Word document: ${reason} Nothing was imported.`, [reason]);
  }
  const conversion = wordToBody(read.document, facts.title);

  // Only now, with the whole document read, do pictures go into the library.
  const pictureProblems = await storePictures(conversion.pictures, args.assets, name);
  const body = withoutFigures(conversion.body, new Set(conversion.pictures.filter((p) => p.figure.attrs?.assetId === null).map((p) => p.figure)));
  const notices = describeDocxNotices({
    counts: conversion.counts,
    facts,
    mammothWarnings: read.warnings,
    pictureProblems,
    headline: conversion.headline,
  });

  const story = createStory(args.now ?? new Date());
  story.bylines = [args.defaultByline.slice(0, 120)];
  story.headline = conversion.headline;
  story.slug = slugify(conversion.headline);
  story.standfirst = conversion.standfirst;
  story.body = { type: 'doc', content: body.length > 0 ? body : [{ type: 'paragraph' }] };
  story.deskNotes = deskNotes(name, notices);
  const saved = await args.library.importStory(story);
  return { story: saved, notices };
}

async function storePictures(pictures: PendingPicture[], assets: Pick<AssetStore, 'put'>, name: string): Promise<string[]> {
  const problems: string[] = [];
  let n = 0;
  for (const { image, figure } of pictures) {
    n++;
    const label = `Picture ${n}${figure.attrs?.alt ? ` (“${String(figure.attrs.alt).slice(0, 60)}”)` : ''}`;
    let bytes: Buffer;
    try {
      bytes = await image.readAsBuffer();
    } catch (error) {
      problems.push(`${label} was left out: it could not be read from the document (${error instanceof Error ? error.message : String(error)}).`);
      continue;
    }
    const ext = (image.contentType ?? '').split('/')[1]?.replace(/[^a-z0-9]/gi, '') || 'bin';
    try {
      const info = await assets.put(bytes, `${name.replace(/\.docx$/i, '')} picture ${n}.${ext}`);
      figure.attrs = { ...figure.attrs, assetId: info.assetId };
    } catch (error) {
      if (!(error instanceof ApiError) || !PICTURE_REFUSALS.has(error.code)) throw error;
      const kind = image.contentType ? ` (${image.contentType})` : '';
      problems.push(`${label}${kind} was left out: ${error.message} Add it as a JPEG, PNG or WebP picture.`);
    }
  }
  return problems;
}

function withoutFigures(nodes: BodyNode[], drop: Set<BodyNode>): BodyNode[] {
  const kept: BodyNode[] = [];
  for (const node of nodes) {
    if (drop.has(node)) continue;
    if (!node.content) {
      kept.push(node);
      continue;
    }
    const content = withoutFigures(node.content, drop);
    // A list item must start with a paragraph; one that held only the dropped picture goes too.
    if ((node.type === 'listItem' || node.type === 'bulletList' || node.type === 'orderedList') && content.length === 0) continue;
    kept.push({ ...node, content: node.type === 'listItem' && content[0]?.type !== 'paragraph' ? [{ type: 'paragraph' }, ...content] : content });
  }
  return kept;
}

function deskNotes(name: string, notices: string[]): string {
  const lines = [`Imported from ${name}.`, ...notices.map((n) => `• ${n}`)];
  const text = lines.join('\n');
  return text.length <= DESK_NOTES_MAX ? text : `${text.slice(0, DESK_NOTES_MAX - 1)}…`;
}

function displayName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.trim() === '' ? 'The document' : base.slice(0, 120);
}
