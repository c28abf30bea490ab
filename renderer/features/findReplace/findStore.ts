import { closeHistory } from '@tiptap/pm/history';
import type { Node as PMNode } from '@tiptap/pm/model';
import { create } from 'zustand';
import type { FindOptions } from '@shared/text/findMatches.ts';
import { findMatches } from '@shared/text/findMatches.ts';
import { useSidePanelStore } from '../../stores/sidePanelStore.ts';
import { useStoryStore, type StoryFields } from '../../stores/storyStore.ts';
import { getBodyEditor } from './bodyEditorAccess.ts';
import { findInDoc, replaceInDoc, replaceOneInDoc, type BodyMatch } from './bodyFind.ts';
import { clearBodyHighlights, showBodyHighlights } from './findHighlight.ts';
import { replaceInFields, storyFindTargets } from './storyFindTargets.ts';
import { formatCount } from '@shared/text/formatCount.ts';

/** One match anywhere in the story: in a field (by target key) or in the body. */
export type FindHit = { where: 'field'; key: string; label: string; from: number; to: number } | { where: 'body'; label: string; match: BodyMatch };

/**
 * What one Undo of a replace-all must put back. The fields' text as it was, and, when the body
 * changed, the document the replace left (the body's own history holds the one transaction).
 * It is good only while nothing else was edited since: the story's edit revision and the body
 * document must still be the ones the replace left.
 */
interface ReplaceAllEntry {
  count: number;
  fieldsBefore: StoryFields;
  fieldsChanged: boolean;
  revisionAfter: number;
  docAfter: PMNode | null;
}

/** What a Redo of an undone replace-all puts back, valid while nothing else was edited since the Undo. */
interface UndoneEntry {
  count: number;
  fieldsAfter: StoryFields;
  fieldsChanged: boolean;
  revisionAfterUndo: number;
  docAfterUndo: PMNode | null;
}

export interface FindState {
  open: boolean;
  /** Replace controls showing (Ctrl+H) or only find (Ctrl+F). */
  replaceOpen: boolean;
  query: string;
  replacement: string;
  options: FindOptions;
  hits: FindHit[];
  /** Index into hits, -1 when there are none. */
  current: number;
  /** A short result to show: "Replaced 4", or why nothing was replaced. */
  notice: string | null;
  lastReplaceAll: ReplaceAllEntry | null;
  /** A replace-all just undone, which Redo (Ctrl/Cmd+Shift+Z, Ctrl+Y) brings back as one step. */
  lastUndone: UndoneEntry | null;
  /** Bumped to ask the bar to focus its find field. */
  focusRequest: number;
}

const TEXT_KEYS = ['kicker', 'headline', 'slug', 'standfirst', 'bylines', 'dateline', 'tags', 'deskNotes', 'hero', 'rails'] as const;

export const useFindStore = create<FindState>()(() => ({
  open: false,
  replaceOpen: false,
  query: '',
  replacement: '',
  options: { matchCase: false, wholeWord: false },
  hits: [],
  current: -1,
  notice: null,
  lastReplaceAll: null,
  lastUndone: null,
  focusRequest: 0,
}));

/** Puts the text-bearing fields of `source` into the open story, as one edit. */
function restoreTextFields(source: StoryFields): void {
  useStoryStore.setState((s) => {
    if (!s.fields || s.fields.id !== source.id) return {};
    const restored: Partial<StoryFields> = {};
    for (const key of TEXT_KEYS) Object.assign(restored, { [key]: source[key] });
    return { fields: { ...s.fields, ...restored }, editRevision: s.editRevision + 1 };
  });
}

/** Every match in the story, in the order a reader meets them: the page's fields, the body, then the side panel. */
export function collectHits(fields: StoryFields, doc: PMNode | null, query: string, options: FindOptions): FindHit[] {
  const targets = storyFindTargets(fields);
  const fieldHits = (inPanel: boolean): FindHit[] =>
    targets
      .filter((t) => (t.panelTab !== null) === inPanel)
      .flatMap((t) => findMatches(t.text, query, options).map((m) => ({ where: 'field' as const, key: t.key, label: t.label, from: m.from, to: m.to })));
  const bodyHits: FindHit[] = doc ? findInDoc(doc, query, options).map((match) => ({ where: 'body', label: match.kind === 'text' ? 'Body' : `Body: ${match.label}`, match })) : [];
  return [...fieldHits(false), ...bodyHits, ...fieldHits(true)];
}

let markedField: HTMLElement | null = null;

function markField(element: HTMLElement | null): void {
  markedField?.classList.remove('nd-find-field--current');
  markedField = element;
  element?.classList.add('nd-find-field--current');
}

/** Shows the current hit: highlights in the body, the field outlined and its match selected, scrolled into view. Never takes the focus. */
function reveal(scroll: boolean): void {
  const { hits, current, open } = useFindStore.getState();
  const editor = getBodyEditor();
  if (!open) return;
  const bodyMatches = hits.flatMap((h) => (h.where === 'body' ? [h.match] : []));
  const hit = hits[current];
  const bodyIndex = hit?.where === 'body' ? bodyMatches.indexOf(hit.match) : -1;
  if (editor) showBodyHighlights(editor, bodyMatches, bodyIndex);
  if (!hit) return markField(null);
  if (hit.where === 'body') {
    markField(null);
    if (!scroll || !editor) return;
    const pos = hit.match.kind === 'text' ? hit.match.from : hit.match.pos;
    const at = editor.view.domAtPos(pos);
    const element = at.node instanceof HTMLElement ? at.node : at.node.parentElement;
    element?.scrollIntoView({ block: 'center' });
    return;
  }
  const fields = useStoryStore.getState().fields;
  const target = fields ? storyFindTargets(fields).find((t) => t.key === hit.key) : undefined;
  const showField = () => {
    const element = target?.selector ? document.querySelector<HTMLInputElement | HTMLTextAreaElement>(target.selector) : null;
    markField(element);
    if (!element) return;
    element.setSelectionRange(hit.from, hit.to);
    if (scroll) element.scrollIntoView({ block: 'center' });
  };
  if (target?.panelTab && useSidePanelStore.getState().tab !== target.panelTab) {
    // The field's tab is hidden, and so has no box to scroll to until React has shown it.
    useSidePanelStore.getState().setTab(target.panelTab);
    requestAnimationFrame(showField);
  } else {
    showField();
  }
}

/** Finds again (the story or the query changed) and keeps the current hit near where it was. */
export function refreshFind(scroll = false): void {
  const state = useFindStore.getState();
  if (!state.open) return;
  const fields = useStoryStore.getState().fields;
  const editor = getBodyEditor();
  const hits = fields && state.query !== '' ? collectHits(fields, editor?.state.doc ?? null, state.query, state.options) : [];
  const current = hits.length === 0 ? -1 : Math.min(Math.max(state.current, 0), hits.length - 1);
  useFindStore.setState({ hits, current });
  reveal(scroll);
}

let refreshTimer: ReturnType<typeof setTimeout> | undefined;

/** After an edit: finds again once typing pauses; costs nothing while the bar is closed. */
export function scheduleFindRefresh(): void {
  if (!useFindStore.getState().open) return;
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => refreshFind(false), 200);
}

let unsubscribeStory: (() => void) | null = null;

export function openFind(withReplace: boolean): void {
  const selected = window.getSelection()?.toString() ?? '';
  useFindStore.setState((s) => ({
    open: true,
    replaceOpen: withReplace || s.replaceOpen,
    // Like most editors: a short selection (one line) is what you want to find.
    query: selected !== '' && selected.length <= 100 && !selected.includes('\n') ? selected : s.query,
    focusRequest: s.focusRequest + 1,
    notice: null,
  }));
  unsubscribeStory ??= useStoryStore.subscribe((s, prev) => {
    if (s.fields !== prev.fields) scheduleFindRefresh();
  });
  refreshFind(true);
}

export function closeFind(): void {
  const { hits, current } = useFindStore.getState();
  const hit = hits[current];
  useFindStore.setState({ open: false, hits: [], current: -1, notice: null });
  clearTimeout(refreshTimer);
  unsubscribeStory?.();
  unsubscribeStory = null;
  markField(null);
  const editor = getBodyEditor();
  clearBodyHighlights(editor);
  // Leaving the bar puts the caret on the match you were looking at, as browsers do.
  if (hit?.where === 'body' && hit.match.kind === 'text' && editor) {
    editor.chain().setTextSelection({ from: hit.match.from, to: hit.match.to }).focus().run();
  } else if (hit?.where === 'field') {
    markedField?.focus();
  }
}

export function setQuery(query: string): void {
  useFindStore.setState({ query, current: 0, notice: null });
  refreshFind(true);
}

export function setReplacement(replacement: string): void {
  useFindStore.setState({ replacement });
}

export function setOption(name: keyof FindOptions, value: boolean): void {
  useFindStore.setState((s) => ({ options: { ...s.options, [name]: value }, current: 0, notice: null }));
  refreshFind(true);
}

/** Moves to the next (1) or previous (-1) hit, wrapping round. */
export function step(direction: 1 | -1): void {
  const { hits, current } = useFindStore.getState();
  if (hits.length === 0) return;
  useFindStore.setState({ current: (current + direction + hits.length) % hits.length });
  reveal(true);
}

/** Replaces the current hit and moves on to the next one. */
export function replaceCurrent(): void {
  // The hits are refreshed a moment after typing stops; positions from before an edit would
  // replace the wrong characters, so they are recomputed now.
  refreshFind();
  const { hits, current, replacement } = useFindStore.getState();
  const hit = hits[current];
  if (!hit) return;
  if (hit.where === 'body') {
    const editor = getBodyEditor();
    if (!editor) return;
    const tr = editor.state.tr;
    replaceOneInDoc(tr, hit.match, replacement);
    editor.view.dispatch(closeHistory(tr));
  } else {
    const fields = useStoryStore.getState().fields;
    const target = fields ? storyFindTargets(fields).find((t) => t.key === hit.key) : undefined;
    if (!fields || !target) return;
    const value = target.text.slice(0, hit.from) + replacement + target.text.slice(hit.to);
    if (value.length > target.maxLength) {
      useFindStore.setState({ notice: `Not replaced: ${target.label} would be longer than ${target.maxLength} characters.` });
      return;
    }
    useStoryStore.setState((s) => ({ fields: target.set(fields, value), editRevision: s.editRevision + 1 }));
  }
  useFindStore.setState({ lastReplaceAll: null, lastUndone: null, notice: null });
  // The replaced text is no longer a hit, so the same index is now the next one.
  refreshFind(true);
}

/**
 * Replaces every hit in the fields and the body as ONE step: the fields change in one store
 * update and the body in one transaction; `undoReplaceAll` puts both back.
 */
export function replaceAll(): void {
  const { query, replacement, options } = useFindStore.getState();
  const fieldsBefore = useStoryStore.getState().fields;
  if (!fieldsBefore || query === '') return;
  const fieldResult = replaceInFields(fieldsBefore, query, replacement, options);
  if (fieldResult.tooLong.length > 0) {
    useFindStore.setState({ notice: `Nothing replaced: ${fieldResult.tooLong.join(', ')} would be too long.` });
    return;
  }
  const editor = getBodyEditor();
  let bodyCount = 0;
  let docAfter: PMNode | null = null;
  if (editor) {
    const matches = findInDoc(editor.state.doc, query, options);
    if (matches.length > 0) {
      const tr = editor.state.tr;
      bodyCount = replaceInDoc(tr, matches, replacement, query, options);
      // Its own history event, never merged with typing just before, so one undo takes exactly it back.
      editor.view.dispatch(closeHistory(tr));
      docAfter = editor.state.doc;
    }
  }
  if (fieldResult.count > 0) useStoryStore.setState((s) => ({ fields: fieldResult.fields, editRevision: s.editRevision + 1 }));
  const count = fieldResult.count + bodyCount;
  useFindStore.setState({
    notice: count === 0 ? 'Nothing to replace.' : `Replaced ${formatCount(count)}.`,
    lastUndone: null,
    lastReplaceAll: count === 0 ? null : { count, fieldsBefore, fieldsChanged: fieldResult.count > 0, revisionAfter: useStoryStore.getState().editRevision, docAfter },
  });
  refreshFind(false);
}

/** Whether Undo now means "undo the replace-all" (nothing was edited since). */
export function canUndoReplaceAll(): boolean {
  const entry = useFindStore.getState().lastReplaceAll;
  if (!entry) return false;
  if (useStoryStore.getState().editRevision !== entry.revisionAfter) return false;
  return entry.docAfter === null || getBodyEditor()?.state.doc === entry.docAfter;
}

/** Puts back everything the last replace-all changed, in fields and body, as one step. False when it is no longer the last edit. */
export function undoReplaceAll(): boolean {
  const entry = useFindStore.getState().lastReplaceAll;
  if (!entry || !canUndoReplaceAll()) {
    useFindStore.setState({ lastReplaceAll: null });
    return false;
  }
  const fieldsAfter = useStoryStore.getState().fields;
  const editor = getBodyEditor();
  if (entry.docAfter) editor?.commands.undo();
  if (entry.fieldsChanged) restoreTextFields(entry.fieldsBefore);
  useFindStore.setState({
    lastReplaceAll: null,
    lastUndone: fieldsAfter
      ? { count: entry.count, fieldsAfter, fieldsChanged: entry.fieldsChanged, revisionAfterUndo: useStoryStore.getState().editRevision, docAfterUndo: entry.docAfter ? (editor?.state.doc ?? null) : null }
      : null,
    notice: `Undone: ${formatCount(entry.count)} replacements put back.`,
  });
  refreshFind(false);
  return true;
}

/** Whether Redo now means "redo the replace-all just undone" (nothing was edited since the Undo). */
export function canRedoReplaceAll(): boolean {
  const entry = useFindStore.getState().lastUndone;
  if (!entry) return false;
  if (useStoryStore.getState().editRevision !== entry.revisionAfterUndo) return false;
  return entry.docAfterUndo === null || getBodyEditor()?.state.doc === entry.docAfterUndo;
}

/** Brings back the replace-all just undone, fields and body together. */
export function redoReplaceAll(): boolean {
  const entry = useFindStore.getState().lastUndone;
  if (!entry || !canRedoReplaceAll()) {
    useFindStore.setState({ lastUndone: null });
    return false;
  }
  const fieldsBefore = useStoryStore.getState().fields;
  const editor = getBodyEditor();
  if (entry.docAfterUndo) editor?.commands.redo();
  if (entry.fieldsChanged) restoreTextFields(entry.fieldsAfter);
  useFindStore.setState({
    lastUndone: null,
    lastReplaceAll: fieldsBefore
      ? { count: entry.count, fieldsBefore, fieldsChanged: entry.fieldsChanged, revisionAfter: useStoryStore.getState().editRevision, docAfter: entry.docAfterUndo ? (editor?.state.doc ?? null) : null }
      : null,
    notice: `Replaced ${formatCount(entry.count)} again.`,
  });
  refreshFind(false);
  return true;
}

/** Forgets the open story (another story was opened). */
export function resetFind(): void {
  if (useFindStore.getState().open) closeFind();
  useFindStore.setState({ lastReplaceAll: null, lastUndone: null, notice: null });
}
