import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { findMatches, replaceMatches, type FindOptions } from '@shared/text/findMatches.ts';

/** A match in the body: in running text (document positions), or inside a text attribute of a block such as a figure's caption. */
export type BodyMatch = { kind: 'text'; from: number; to: number } | { kind: 'attr'; pos: number; attr: string; label: string; from: number; to: number };

/** Blocks whose words live in attributes, with the attributes a search reads, in the order they are shown. */
const ATTR_FIELDS: Record<string, readonly (readonly [attr: string, label: string])[]> = {
  figure: [
    ['caption', 'Picture caption'],
    ['credit', 'Picture credit'],
    ['alt', 'Picture alt text'],
    ['creator', 'Picture creator'],
    ['source', 'Picture source'],
    ['copyright', 'Picture copyright'],
    ['usageTerms', 'Picture usage terms'],
  ],
  newsletterBox: [
    ['heading', 'Newsletter heading'],
    ['text', 'Newsletter text'],
    ['buttonLabel', 'Newsletter button'],
  ],
};

// Inline leaves (a hard break) take one position and must split words, so they read as this.
const LEAF_CHAR = '\ufffc';

/** Every match in the body, in document order. */
export function findInDoc(doc: PMNode, query: string, options: FindOptions): BodyMatch[] {
  const out: BodyMatch[] = [];
  if (query === '') return out;
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      // One string per block, so a match may span bold and plain text; each character is one position.
      let text = '';
      node.forEach((child) => {
        text += child.isText ? (child.text ?? '') : LEAF_CHAR.repeat(child.nodeSize);
      });
      for (const m of findMatches(text, query, options)) out.push({ kind: 'text', from: pos + 1 + m.from, to: pos + 1 + m.to });
      return false;
    }
    const fields = ATTR_FIELDS[node.type.name];
    if (fields) {
      for (const [attr, label] of fields) {
        const value: unknown = node.attrs[attr];
        if (typeof value !== 'string') continue;
        for (const m of findMatches(value, query, options)) out.push({ kind: 'attr', pos, attr, label, from: m.from, to: m.to });
      }
      return false;
    }
    return true;
  });
  return out;
}

/**
 * Adds to `tr` the replacement of the given matches (as found in `tr.doc`) and returns how many
 * were replaced. Works from the end backwards so earlier positions stay right; attribute
 * matches of one block are replaced together.
 */
export function replaceInDoc(tr: Transaction, matches: readonly BodyMatch[], replacement: string, query: string, options: FindOptions): number {
  let count = 0;
  const attrEdits = new Map<number, Set<string>>();
  const ordered = [...matches].sort((a, b) => (b.kind === 'text' ? b.from : b.pos) - (a.kind === 'text' ? a.from : a.pos));
  for (const m of ordered) {
    if (m.kind === 'text') {
      if (replacement === '') tr.delete(m.from, m.to);
      else tr.insertText(replacement, m.from, m.to);
      count++;
    } else {
      const set = attrEdits.get(m.pos) ?? new Set<string>();
      set.add(m.attr);
      attrEdits.set(m.pos, set);
    }
  }
  // Text replaced before a block moves it, so each block's position is mapped through what was done.
  for (const [pos, attrs] of attrEdits) {
    const at = tr.mapping.map(pos);
    const node = tr.doc.nodeAt(at);
    if (!node) continue;
    const next: Record<string, unknown> = { ...node.attrs };
    for (const attr of attrs) {
      const value: unknown = node.attrs[attr];
      if (typeof value !== 'string') continue;
      const result = replaceMatches(value, query, replacement, options);
      next[attr] = result.text;
      count += result.count;
    }
    tr.setNodeMarkup(at, undefined, next);
  }
  return count;
}

/** Replaces one match (as found in `tr.doc`). */
export function replaceOneInDoc(tr: Transaction, match: BodyMatch, replacement: string): void {
  if (match.kind === 'text') {
    if (replacement === '') tr.delete(match.from, match.to);
    else tr.insertText(replacement, match.from, match.to);
    return;
  }
  const node = tr.doc.nodeAt(match.pos);
  const value: unknown = node?.attrs[match.attr];
  if (!node || typeof value !== 'string') return;
  tr.setNodeMarkup(match.pos, undefined, { ...node.attrs, [match.attr]: value.slice(0, match.from) + replacement + value.slice(match.to) });
}
